/**
 * The p-th percentile (0–100) of `values` by linear interpolation between closest ranks: the
 * method of Excel's PERCENTILE.INC, R's default (type 7) and NumPy's default, so an analyst who
 * re-computes a figure from the register's CSV in a spreadsheet finds the same number. The 50th
 * percentile is the usual median (the mean of the two middle values of an even count). Null for
 * an empty set; a single value is every percentile of itself. `values` need not be sorted.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`Percentile ${p} is outside 0–100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (rank - lower);
}

export const median = (values: readonly number[]): number | null => percentile(values, 50);
