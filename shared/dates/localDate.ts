/** The officer's calendar day at `now` on this machine's clock, YYYY-MM-DD: what "today" means for due dates. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
