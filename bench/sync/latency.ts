// Benchmark 4: an edit committed on device A is visible on device B, which only listens to the
// server's pokes (the events stream). Two browser contexts = two devices with separate storage.
import type { Browser } from '@playwright/test';
import { syntheticCases } from '../syntheticCases';
import type { BenchEntry } from './entry';
import { openBenchPage } from './initialSync';
import { pushCases } from './push';
import { benchIds, quantile, round } from './stats';
import type { BenchSyncServer } from './syncServer';

const sampleCount = 30;
const workspaceCases = 20;

/**
 * Per sample: B arms a live query on one case, A commits a title edit through `commitChanges`
 * and syncs; latency = from A's commit starting to B's live query seeing the new title (both
 * contexts share one browser process, hence one clock).
 */
export async function measureEditLatency(browser: Browser, origin: string, server: BenchSyncServer): Promise<BenchEntry> {
  const workspaceId = await server.newWorkspace('Bench: two devices');
  const seeder = await server.newDevice(workspaceId, 'Seeding officer');
  const cases = syntheticCases(workspaceCases, benchIds(workspaceCases, 30), 30);
  await pushCases(server.url, seeder, cases);

  const [a, b] = [await openBenchPage(browser, origin), await openBenchPage(browser, origin)];
  try {
    for (const [page, name] of [[a, 'Officer A'], [b, 'Officer B']] as const) {
      const code = await server.enrollmentCode(workspaceId, name);
      await page.evaluate(([url, c, n]) => window.attacheSyncBench.enroll(url, c, n), [server.url, code, name] as const);
      await page.evaluate(() => window.attacheSyncBench.syncNow());
    }
    await b.evaluate(() => window.attacheSyncBench.listen());

    const latencies: number[] = [];
    for (let i = 0; i < sampleCount; i++) {
      const caseId = (cases[i % cases.length] as (typeof cases)[number]).id;
      const title = `Plywood declared VN origin — latency sample ${i + 1}`;
      await b.evaluate(([id, t]) => window.attacheSyncBench.armWatch(id, t), [caseId, title] as const);
      const committedAt = await a.evaluate(([id, t]) => window.attacheSyncBench.commitEdit(id, t), [caseId, title] as const);
      const seenAt = await b.evaluate(() => window.attacheSyncBench.awaitWatch(10_000));
      latencies.push(seenAt - committedAt);
    }
    await Promise.all([a, b].map((page) => page.evaluate(() => window.attacheSyncBench.dispose())));
    const p50 = quantile(latencies, 0.5);
    const p95 = quantile(latencies, 0.95);
    process.stdout.write(`  edit A → B: p50 ${round(p50)} ms, p95 ${round(p95)} ms\n`);
    return {
      name: `sync: edit on device A visible on device B with pokes (${sampleCount} samples)`,
      p50Ms: round(p50),
      p95Ms: round(p95),
      samplesMs: latencies.map((v) => round(v)),
      notes: 'from the start of commitChanges on A (then A syncs) to B\'s live query showing the value; B syncs only on pokes',
      target: 'p50 < 500 ms',
      met: p50 < 500,
    };
  } finally {
    await Promise.all([a.context().close(), b.context().close()]);
  }
}
