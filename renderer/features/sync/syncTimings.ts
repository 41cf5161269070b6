/**
 * Where a sync's time goes, for the initial-sync benchmark (bench/sync/initialSync.ts): the
 * engine, the pull and the HTTP client report each phase's duration to an optional sink. The app
 * passes none, and then nothing is measured.
 *
 * Durations of one phase are summed over pages. Pages overlap (the next one is fetched, parsed and
 * sealed while one is written), so phases add up to more than the wall time; the `wait*` phases
 * are the pull's own stalls, the time the writing loop spent with nothing to write.
 */
export type SyncPhase =
  /** Outbox, view events and attachment uploads sent before the pull. */
  | 'push'
  /** From sending a pull to its answer's headers: the server's work and the first bytes. */
  | 'request'
  /** Reading the answer's body (transfer and decompression). */
  | 'download'
  /** JSON.parse of the body. */
  | 'parse'
  /** The wire schema's check of the parsed answer. */
  | 'validate'
  /** Reading the outbox a page is rebased on. */
  | 'outbox'
  /** Rows and clocks of a page built from its changes, pending changes rebased on top. */
  | 'prepare'
  /** The rows of a page sealed with WebCrypto before their transaction. */
  | 'seal'
  /** A page's read-write transaction: rows, clocks, lastHlc and cursor, until committed. */
  | 'write'
  /** The writing loop waiting for the next page to arrive. */
  | 'waitPage'
  /** The writing loop waiting for the next page's sealing to finish. */
  | 'waitSeal'
  /** Re-reading records queued for repair after the pull. */
  | 'repair';

export type SyncTimings = (phase: SyncPhase, ms: number) => void;

/** Runs `work`, reporting its duration as `phase` when there is a sink. */
export async function timed<T>(timings: SyncTimings | undefined, phase: SyncPhase, work: () => Promise<T>): Promise<T> {
  if (!timings) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings(phase, performance.now() - started);
  }
}

/** `timed` for synchronous work. */
export function timedSync<T>(timings: SyncTimings | undefined, phase: SyncPhase, work: () => T): T {
  if (!timings) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    timings(phase, performance.now() - started);
  }
}
