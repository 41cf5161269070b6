/**
 * One line of bench/report.json: what was measured, its figures, the target from the issue and
 * whether it was met. Sync entries' names start with `sync:` (a sync-only run replaces just those).
 */
export interface BenchEntry {
  name: string;
  target: string;
  met: boolean;
  [figure: string]: unknown;
}

/** "100k" for 100,000 and "5k" for 5,000: entry names state the sizes actually run. */
export const countLabel = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
