import type { Sql } from './sql';

/**
 * PGlite runs PostgreSQL in this one process without its background workers, so nothing ever
 * vacuums or analyses: the planner guesses every table's size (it once sorted a workspace's every
 * change on disk for each pull page, server/sync/pull.ts), and the row versions and index entries
 * each edit leaves behind are never reclaimed. The server does autovacuum's chore itself: one
 * `VACUUM (ANALYZE)` soon after start and then at a fixed interval. PostgreSQL has autovacuum.
 *
 * A run holds PGlite's one connection (0.2-0.4 s for a workspace of 100,000 cases; pushes and pulls
 * wait behind it), which is why it runs rarely and not when the server is busiest starting up.
 */
export interface PgliteUpkeepOptions {
  /** From start to the first run. */
  firstAfterMs: number;
  /** Between the end of one run and the start of the next. */
  everyMs: number;
  /** Told of each run: its duration, or the error it failed with (the next run still comes). */
  report: (outcome: { ms: number } | { error: unknown }) => void;
}

export interface PgliteUpkeep {
  /** Cancels the next run and waits for one in progress, so the database can be closed after. */
  stop(): Promise<void>;
}

export const pgliteUpkeepDefaults = { firstAfterMs: 60_000, everyMs: 6 * 60 * 60_000 } as const;

export function startPgliteUpkeep(sql: Sql, options: PgliteUpkeepOptions): PgliteUpkeep {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  const schedule = (ms: number) => {
    // Unref'd: a pending run never keeps the process alive.
    timer = setTimeout(run, ms).unref();
  };
  const run = () => {
    timer = null;
    const started = performance.now();
    running = sql.query('VACUUM (ANALYZE)').then(
      () => options.report({ ms: performance.now() - started }),
      (error: unknown) => options.report({ error }),
    );
    void running.then(() => {
      running = null;
      if (!stopped) schedule(options.everyMs);
    });
  };
  schedule(options.firstAfterMs);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
