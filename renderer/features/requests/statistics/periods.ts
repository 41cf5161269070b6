/** How the statistics group requests in time. */
export const periodGranularities = ['month', 'quarter'] as const;
export type PeriodGranularity = (typeof periodGranularities)[number];

/**
 * The period an ISO date (YYYY-MM-DD) falls in: `2026-01` for a month, `2026-Q1` for a quarter.
 * Keys sort in time order as plain strings, and read unambiguously in a CSV.
 */
export function periodOf(date: string, granularity: PeriodGranularity): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return granularity === 'month' ? `${year}-${date.slice(5, 7)}` : `${year}-Q${Math.ceil(month / 3)}`;
}

/** A period key's year and index (month 1–12 or quarter 1–4). */
function parts(key: string): { year: number; index: number } {
  const year = Number(key.slice(0, 4));
  return { year, index: key[5] === 'Q' ? Number(key.slice(6)) : Number(key.slice(5, 7)) };
}

/** A bound on the number of periods listed, so a mistyped year (0201) cannot build a list of thousands. */
export const maxPeriods = 240;

/**
 * Every period from the one holding `first` to the one holding `last` (ISO dates), in order, the
 * empty ones included so a chart shows a quiet month as zero rather than skipping it. At most
 * `maxPeriods` (the most recent ones).
 */
export function periodsBetween(first: string, last: string, granularity: PeriodGranularity): string[] {
  const perYear = granularity === 'month' ? 12 : 4;
  const start = parts(periodOf(first, granularity));
  const end = parts(periodOf(last, granularity));
  const ordinal = ({ year, index }: { year: number; index: number }) => year * perYear + index - 1;
  const keys: string[] = [];
  for (let n = Math.max(ordinal(start), ordinal(end) - maxPeriods + 1); n <= ordinal(end); n++) {
    const year = String(Math.floor(n / perYear)).padStart(4, '0');
    const index = (n % perYear) + 1;
    keys.push(granularity === 'month' ? `${year}-${String(index).padStart(2, '0')}` : `${year}-Q${index}`);
  }
  return keys;
}

/** A period key in the UI language: "Jan 2026", "Q1 2026"; `quarterLabel` words the quarter. */
export function periodLabel(key: string, language: string, quarterLabel: (quarter: number, year: number) => string): string {
  const { year, index } = parts(key);
  if (key[5] === 'Q') return quarterLabel(index, year);
  return new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, index - 1, 1)));
}
