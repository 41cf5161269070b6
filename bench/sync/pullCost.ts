// Benchmark 3: a pull's cost follows the changes since the cursor, not the workspace's size: the
// time to pull the 100 newest changes of a small and of a large workspace should be about equal.
import type { PullResponse } from '../../shared/sync/wire';
import { toNumber } from '../../server/db/sql';
import { syntheticCases } from '../syntheticCases';
import { countLabel, type BenchEntry } from './entry';
import { pushCases } from './push';
import { benchIds, median, round } from './stats';
import type { BenchDevice, BenchSyncServer } from './syncServer';

const headChanges = 100;
const warmups = 5;
const samples = 21;

export interface PullWorkspace {
  workspaceId: string;
  /** A device of the workspace that pushes the head changes and then pulls them. */
  device: BenchDevice;
  rows: number;
}

/** Pushes 100 new cases at the head, then times pulls of exactly those (median of 21). */
async function timeHeadPull(server: BenchSyncServer, ws: PullWorkspace, series: number): Promise<number[]> {
  await pushCases(server.url, ws.device, syntheticCases(headChanges, benchIds(headChanges, series), series));
  const [head] = await server.sql.query<{ version: unknown }>('SELECT version FROM workspaces WHERE id = $1', [ws.workspaceId]);
  const cursor = toNumber(head?.version) - headChanges;
  const times: number[] = [];
  for (let i = 0; i < warmups + samples; i++) {
    const started = performance.now();
    const response = await fetch(`${server.url}/v1/sync/pull`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ws.device.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ deviceId: ws.device.deviceId, schemaVersion: 1, cursor, limit: 1000 }),
    });
    const page = (await response.json()) as PullResponse;
    const elapsed = performance.now() - started;
    if (page.changes.length !== headChanges || page.hasMore) throw new Error(`pull returned ${page.changes.length} changes`);
    if (i >= warmups) times.push(elapsed);
  }
  return times;
}

/** `large` is a seeded workspace (the initial-sync one); a 1k-row workspace is seeded here. */
export async function measurePullCost(server: BenchSyncServer, large: PullWorkspace): Promise<BenchEntry> {
  const smallRows = Math.min(1000, large.rows);
  const workspaceId = await server.newWorkspace('Bench: small workspace');
  const device = await server.newDevice(workspaceId, 'Small office officer');
  await pushCases(server.url, device, syntheticCases(smallRows, benchIds(smallRows, 20), 20));
  const small: PullWorkspace = { workspaceId, device, rows: smallRows };

  const smallTimes = await timeHeadPull(server, small, 21);
  const largeTimes = await timeHeadPull(server, large, 22);
  const ratio = median(largeTimes) / median(smallTimes);
  process.stdout.write(`  pull of ${headChanges} at head: ${round(median(smallTimes))} ms vs ${round(median(largeTimes))} ms\n`);
  return {
    name: `sync: pull of the ${headChanges} newest changes at the head of a ${countLabel(small.rows)}-row vs a ${countLabel(large.rows)}-row workspace (PGlite)`,
    smallWorkspaceMs: round(median(smallTimes), 2),
    largeWorkspaceMs: round(median(largeTimes), 2),
    ratio: round(ratio, 2),
    samplesMs: { small: smallTimes.map((t) => round(t, 2)), large: largeTimes.map((t) => round(t, 2)) },
    target: 'about equal (large/small <= 1.5)',
    met: ratio <= 1.5,
  };
}
