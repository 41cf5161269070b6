// The measured part of the load run: after a warm-up (the server's JIT, its pool and its heap grow
// to their working size: neither latency nor memory of a steady deployment), the fleet works for
// `seconds` while the server's memory and CPU are sampled; then the officers stop and the laptops
// drain (push what is left, pull to the head) so every followed push can reach every other laptop
// of its office.
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Sql } from '../../server/db/sql';
import type { ServerProcess } from '../../server/testing/serverProcess';
import type { BenchEntry } from '../sync/entry';
import { round } from '../sync/stats';
import { enrollFleet } from './fleet';
import { loadEntries, type LoadFigures } from './loadEntries';
import { newTally, type LoadDevice, type LoadTally } from './loadDevice';
import type { RssSample } from './memory';
import { PokeTracker } from './pokeTracker';
import { cpuSecondsBetween, databaseCpuSeconds, serverCpuSeconds, serverRssMb } from './processStats';
import type { LoadBenchSizes } from './sizes';

/** How often the server's memory is read (loadEntries reports the interval). */
const rssEveryMs = 5_000;
const drainMs = 30_000;
/** Work before the measured window: a sixth of it, at most 20 s. */
export const warmUpSeconds = (seconds: number) => Math.min(20, Math.round(seconds / 6));

interface Run {
  sql: Sql;
  server: ServerProcess;
  sizes: LoadBenchSizes;
  fleet: LoadDevice[];
  tally: LoadTally;
  tracker: PokeTracker;
}

export async function runDeviceLoad(options: { sql: Sql; server: ServerProcess; sizes: LoadBenchSizes; rateLimit: number }): Promise<BenchEntry[]> {
  const { sql, server, sizes } = options;
  const tally = newTally();
  const tracker = new PokeTracker();
  const setupStarted = performance.now();
  const fleet = await enrollFleet({
    sql,
    serverUrl: server.url,
    devices: sizes.devices,
    perWorkspace: sizes.perWorkspace,
    workIntervalMs: sizes.workIntervalMs,
    tally,
    tracker,
  });
  const warmUpS = warmUpSeconds(sizes.seconds);
  process.stdout.write(
    `  ${fleet.length} laptops enrolled and downloaded in ${round((performance.now() - setupStarted) / 1000)} s; warming up ${warmUpS} s, measuring ${sizes.seconds} s\n`,
  );
  await new Promise((resolve) => setTimeout(resolve, warmUpS * 1000));
  // The laptops stop whatever happens: their timers would keep this process alive.
  const figures = await measure({ sql, server, sizes, fleet, tally, tracker }).finally(async () => {
    await Promise.all(fleet.map((device) => device.stop()));
    for (const device of fleet) device.close();
  });
  return loadEntries({ ...figures, sizes, warmUpS, devices: fleet.length, tally, tracker, rateLimit: options.rateLimit });
}

async function measure({ sql, server, sizes, fleet, tally, tracker }: Run): Promise<Omit<LoadFigures, 'sizes' | 'warmUpS' | 'devices' | 'tally' | 'tracker' | 'rateLimit'>> {
  const loadBefore = round(loadavg()[0] as number, 2);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const clientCpu = process.cpuUsage();
  const serverCpuBefore = await serverCpuSeconds(server.pid);
  const databaseCpuBefore = await databaseCpuSeconds(sql);
  const started = performance.now();
  const rss: RssSample[] = [{ s: 0, mb: round(await serverRssMb(server.pid)) }];
  tally.recording = true;
  tracker.setRecording(true);
  const sampler = setInterval(() => {
    const s = (performance.now() - started) / 1000;
    void serverRssMb(server.pid).then((mb) => rss.push({ s: round(s), mb: round(mb) }), () => undefined);
  }, rssEveryMs);
  await new Promise((resolve) => setTimeout(resolve, sizes.seconds * 1000));
  clearInterval(sampler);
  tally.recording = false;
  tracker.setRecording(false);
  const elapsedS = (performance.now() - started) / 1000;
  rss.push({ s: round(elapsedS), mb: round(await serverRssMb(server.pid)) });
  const serverCpuS = (await serverCpuSeconds(server.pid)) - serverCpuBefore;
  const databaseCpuS = cpuSecondsBetween(databaseCpuBefore, await databaseCpuSeconds(sql));
  const client = process.cpuUsage(clientCpu);
  loop.disable();
  const loadAfter = round(loadavg()[0] as number, 2);

  // Drain: no new work; pokes still make laptops pull until each followed push reached the office.
  for (const device of fleet) device.rest();
  const drainStarted = performance.now();
  while (performance.now() - drainStarted < drainMs && (tracker.unreached() > 0 || fleet.some((d) => d.pending > 0))) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    elapsedS,
    rss,
    rssEveryMs,
    serverCpuS,
    databaseCpuS,
    clientCpuS: (client.user + client.system) / 1e6,
    clientLoopP99Ms: loop.percentile(99) / 1e6,
    loadAverage: { before: loadBefore, after: loadAfter },
    unsent: fleet.reduce((n, d) => n + d.pending, 0),
  };
}
