/** Today's calendar date on this device as ISO `YYYY-MM-DD` (deadlines are calendar days, not instants). */
export function todayIso(now: Date = new Date()): string {
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  const dd = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${mm}-${dd}`;
}

/** A deadline is overdue once its due day has passed and it is not done. */
export function isOverdue(dueDate: string | null, completedAt: string | null, today: string): boolean {
  return dueDate !== null && dueDate !== '' && completedAt === null && dueDate < today;
}
