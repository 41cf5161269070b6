// The sync benchmarks (issue 3 "Bench"), run by bench/run.ts after the data-layer ones. One real
// sync server (PGlite, in this process), one static origin for the bench page and its data, one
// copy of the synthetic cases shared by every measurement that compares stores.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { startStaticServer } from '../staticServer';
import { syntheticCases } from '../syntheticCases';
import type { BenchEntry } from './entry';
import { runInitialSyncBench } from './initialSync';
import { measureEditLatency } from './latency';
import { measurePullPageSize } from './pageSize';
import { measurePullCost } from './pullCost';
import { measurePostgresPushThroughput, measurePushThroughput } from './pushThroughput';
import { benchIds } from './stats';
import { startBenchSyncServer } from './syncServer';

export type { BenchEntry } from './entry';

/**
 * Sizes: 100k rows and 20 pushes by default; `BENCH_SYNC_ROWS` shrinks a quick run,
 * `BENCH_SYNC_INITIAL_ONLY=1` stops after the initial-sync entries, `BENCH_SYNC_POUCH=0` leaves
 * PouchDB out of them, `BENCH_SYNC_CPU_PROF=<folder>` profiles the page during each initial sync.
 */
export function syncBenchSizes(env: NodeJS.ProcessEnv = process.env): { rows: number; pushes: number } {
  const rows = Number(env.BENCH_SYNC_ROWS ?? 100_000);
  if (!Number.isInteger(rows) || rows < 1000) throw new Error('BENCH_SYNC_ROWS must be an integer of at least 1000');
  return { rows, pushes: rows >= 100_000 ? 20 : Math.max(2, Math.round(rows / 5000)) };
}

/** Runs every sync benchmark in `browser` (the bench page must be built in out/bench). */
export async function runSyncBenchmarks(browser: Browser): Promise<BenchEntry[]> {
  const { rows, pushes } = syncBenchSizes();
  const dataDir = await mkdtemp(join(tmpdir(), 'attache-bench-data-'));
  // Generated once: the sync server, the PouchDB server and the raw baseline all get these.
  const cases = syntheticCases(rows, benchIds(rows, 1));
  await writeFile(join(dataDir, 'cases.json'), JSON.stringify(cases));
  const { server: pageServer, origin } = await startStaticServer([
    { prefix: '/bench/', dir: fileURLToPath(new URL('../../out/bench', import.meta.url)) },
    { prefix: '/bench-data/', dir: dataDir },
  ]);
  const sync = await startBenchSyncServer('pglite', [origin]);
  const entries: BenchEntry[] = [];
  try {
    process.stdout.write(`sync benchmarks: ${rows} rows, ${pushes} pushes of 1,000\n`);
    const dataUrl = `${origin}/bench-data/cases.json`;
    const comparePouch = process.env.BENCH_SYNC_POUCH !== '0';
    const initial = await runInitialSyncBench({ browser, origin, sync, cases, dataUrl, storage: 'PGlite', comparePouch });
    entries.push(...initial.entries);
    // A quick look at initial sync alone, while working on it (the report then holds just those).
    if (process.env.BENCH_SYNC_INITIAL_ONLY === '1') return entries;
    // The same download from a server on PostgreSQL, the storage of a real deployment.
    if (process.env.DATABASE_URL) {
      const onPostgres = await startBenchSyncServer('postgres', [origin]);
      try {
        entries.push(...(await runInitialSyncBench({ browser, origin, sync: onPostgres, cases, dataUrl, storage: 'PostgreSQL', comparePouch: false })).entries);
      } finally {
        await onPostgres.close();
      }
    }
    entries.push(await measurePullPageSize(sync, initial.seeder));
    entries.push(await measurePushThroughput(sync, pushes, 10));
    entries.push(await measurePostgresPushThroughput([origin], pushes, 11));
    entries.push(await measurePullCost(sync, { workspaceId: initial.workspaceId, device: initial.seeder, rows }));
    entries.push(await measureEditLatency(browser, origin, sync));
    return entries;
  } finally {
    await sync.close();
    pageServer.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
