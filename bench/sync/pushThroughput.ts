// Benchmark 2: push throughput (mutations/s) of new cases from one device over HTTP, on PGlite and
// on PostgreSQL (DATABASE_URL). Each storage gets a fresh workspace so neither inherits rows.
import { syntheticCases } from '../syntheticCases';
import { countLabel, type BenchEntry } from './entry';
import { pushCases } from './push';
import { benchIds, median, round } from './stats';
import { startBenchSyncServer, type BenchStorage, type BenchSyncServer } from './syncServer';

const perPush = 1000;
const storageNames: Record<BenchStorage, string> = { pglite: 'PGlite', postgres: 'PostgreSQL' };
const targets: Record<BenchStorage, { text: string; min: number | null }> = {
  pglite: { text: 'none (reported; the target applies to PostgreSQL)', min: null },
  postgres: { text: '>= 5000 mutations/s', min: 5000 },
};

const entryName = (storage: BenchStorage, pushes: number) =>
  `sync: push throughput on ${storageNames[storage]} (${pushes} pushes × ${countLabel(perPush)} new cases, one device)`;

/** Pushes `pushes` batches to `server` and reports mutations per second over their summed time. */
export async function measurePushThroughput(server: BenchSyncServer, pushes: number, series: number): Promise<BenchEntry> {
  const workspaceId = await server.newWorkspace(`Bench: push on ${server.storage}`);
  const device = await server.newDevice(workspaceId, 'Pushing officer');
  const total = pushes * perPush;
  const cases = syntheticCases(total, benchIds(total, series), series);
  const times = await pushCases(server.url, device, cases);
  const elapsed = times.reduce((a, b) => a + b, 0);
  const rate = total / (elapsed / 1000);
  const target = targets[server.storage];
  process.stdout.write(`  push on ${server.storage}: ${round(rate, 0)} mutations/s\n`);
  return {
    name: entryName(server.storage, pushes),
    mutationsPerSecond: round(rate, 0),
    totalMs: round(elapsed),
    pushMedianMs: round(median(times)),
    pushSamplesMs: times.map((t) => round(t)),
    target: target.text,
    met: target.min === null ? true : rate >= target.min,
  };
}

/** The PostgreSQL figure: its own server on a fresh schema, or "not measured" without DATABASE_URL. */
export async function measurePostgresPushThroughput(webOrigins: string[], pushes: number, series: number): Promise<BenchEntry> {
  if (!process.env.DATABASE_URL) {
    return {
      name: entryName('postgres', pushes),
      measured: false,
      reason: 'DATABASE_URL is not set, so there is no PostgreSQL to push to',
      target: targets.postgres.text,
      met: false,
    };
  }
  const server = await startBenchSyncServer('postgres', webOrigins);
  try {
    return await measurePushThroughput(server, pushes, series);
  } finally {
    await server.close();
  }
}
