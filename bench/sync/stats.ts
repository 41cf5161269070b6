// Small statistics helpers for the sync benchmark entries.

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** The value at quantile `q` (0–1) of the samples, nearest-rank; NaN for no samples. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/**
 * Deterministic UUIDv7-shaped ids (`series` keeps data sets apart, `index` orders the records of
 * one), so the sync server, the PouchDB server and the raw IndexedDB baseline hold the same keys.
 */
export function benchIds(count: number, series: number): string[] {
  const prefix = `01900000-${series.toString(16).padStart(4, '0')}-7000-8000-`;
  return Array.from({ length: count }, (_, i) => `${prefix}${i.toString(16).padStart(12, '0')}`);
}
