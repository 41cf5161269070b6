// The load run (issue 15 "Load and scale-out"): N simulated laptops, real HTTP clients speaking the
// wire contract, against ONE sync server on PostgreSQL running in a child process as deployed; then
// the batched push throughput of a few laptops importing at once. `BENCH_SUITES=load` runs it.
//
// Database: `BENCH_LOAD_DATABASE_URL`, else `DATABASE_URL`; the run gets a fresh schema there,
// dropped at the end (a database of its own, e.g. attache_bench, keeps it clear of tests' pokes).
// Sizes: `BENCH_LOAD_DEVICES` (200), `BENCH_LOAD_SECONDS` (120), `BENCH_LOAD_WORKSPACE_DEVICES`
// (10 laptops per office), `BENCH_LOAD_WORK_MS` (4000: mean pause between an officer's bursts of
// work), `BENCH_LOAD_BATCH_DEVICES` (4), `BENCH_LOAD_BATCH_PUSHES` (10 pushes of 1,000 each) and
// `BENCH_LOAD_WORKERS` (the server's ATTACHE_WORKERS; one per core, as a deployment on this
// machine would run it).
// `BENCH_LOAD_CPU_PROF=<folder>` has the server write a CPU profile there (serverCpuProfile.mjs).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../server/config';
import { openScratchSchema } from '../../server/testing/scratchSchema';
import { currentSchema, urlWithSearchPath } from '../../server/testing/schemaUrl';
import { startServerProcess } from '../../server/testing/serverProcess';
import type { BenchEntry } from '../sync/entry';
import { measureBatchedPushes } from './batchedPushes';
import { runDeviceLoad } from './deviceLoad';
import { loggedErrors } from './processStats';
import { loadBenchSizes, loadRunName, type LoadBenchSizes } from './sizes';

export { loadBenchSizes } from './sizes';

export async function runLoadBenchmarks(sizes: LoadBenchSizes = loadBenchSizes()): Promise<BenchEntry[]> {
  const url = process.env.BENCH_LOAD_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) {
    return [
      {
        name: loadRunName(sizes),
        measured: false,
        reason: 'neither BENCH_LOAD_DATABASE_URL nor DATABASE_URL is set: the load run needs a PostgreSQL',
        target: '0 errors, p99 push < 200 ms, memory flat, batched push >= 15000 mutations/s',
        met: false,
      },
    ];
  }
  const sql = await openScratchSchema(url, 'attache_load');
  const dataDir = await mkdtemp(join(tmpdir(), 'attache-load-'));
  // The server's own limits stay on, as deployed: each laptop connects from its own address.
  const rateLimit = readConfig({}).rateLimit.max;
  let stopped = false;
  const server = await startServerProcess({
    dataDir,
    databaseUrl: urlWithSearchPath(url, await currentSchema(sql)),
    env: {
      ATTACHE_RATE_LIMIT: String(rateLimit),
      ATTACHE_WORKERS: String(sizes.workers),
      // Not info: every request would be a log line, piped by the shared process helper into this
      // process, busy driving the laptops; a full pipe stalls the server's synchronous log writes,
      // which would be measured as its latency. Errors are still logged, and counted.
      LOG_LEVEL: 'warn',
      ...(process.env.BENCH_LOAD_CPU_PROF
        ? { BENCH_LOAD_CPU_PROF: process.env.BENCH_LOAD_CPU_PROF, NODE_OPTIONS: `--import ${new URL('./serverCpuProfile.mjs', import.meta.url).href}` }
        : {}),
    },
  }).catch(async (error: unknown) => {
    await sql.close();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  try {
    process.stdout.write(`load run: ${sizes.devices} devices, ${sizes.seconds} s, server pid ${server.pid} (${sizes.workers} worker(s)) at ${server.url}\n`);
    const entries = await runDeviceLoad({ sql, server, sizes, rateLimit });
    entries.push(await measureBatchedPushes({ sql, server, workers: sizes.workers, devices: sizes.batchDevices, pushes: sizes.batchPushes, firstAddress: sizes.devices }));
    const exit = await server.kill('SIGTERM');
    stopped = true;
    const errorsEntry = entries[0] as BenchEntry;
    errorsEntry.serverLoggedErrors = loggedErrors(server.stdout());
    errorsEntry.serverExit = exit.code === 0 ? 'clean exit on SIGTERM' : `exit ${exit.code ?? exit.signal}`;
    errorsEntry.met = errorsEntry.met && errorsEntry.serverLoggedErrors === 0 && exit.code === 0;
    return entries;
  } finally {
    if (!stopped) await server.kill('SIGTERM');
    await sql.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
