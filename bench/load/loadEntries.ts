// The load run's figures as bench/report.json entries, each with the target.
import { availableParallelism } from 'node:os';
import type { BenchEntry } from '../sync/entry';
import { quantile, round } from '../sync/stats';
import type { LoadTally } from './loadDevice';
import { flatGrowthPercent, memoryVerdict, type RssSample } from './memory';
import type { PokeTracker } from './pokeTracker';
import { loadRunName, type LoadBenchSizes } from './sizes';

export interface LoadFigures {
  sizes: LoadBenchSizes;
  /** Seconds the fleet worked before the measured window (not counted). */
  warmUpS: number;
  devices: number;
  tally: LoadTally;
  tracker: PokeTracker;
  rateLimit: number;
  elapsedS: number;
  rss: RssSample[];
  rssEveryMs: number;
  serverCpuS: number;
  databaseCpuS: number;
  clientCpuS: number;
  clientLoopP99Ms: number;
  loadAverage: { before: number; after: number };
  /** Mutations still in an outbox after the drain. */
  unsent: number;
}

export function loadEntries(f: LoadFigures): BenchEntry[] {
  const { tally, tracker, elapsedS, loadAverage } = f;
  const name = loadRunName(f.sizes);
  const errors = Object.fromEntries([...tally.errors].sort((a, b) => b[1] - a[1]));
  const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
  const pushes = tally.pushMs.length;
  const pushP99 = quantile(tally.pushMs, 0.99);
  const percentOfOneCore = (seconds: number) => round((seconds / elapsedS) * 100);
  const memory = memoryVerdict(f.rss);
  process.stdout.write(
    `  ${pushes} pushes (${round(pushes / elapsedS)}/s), push p50 ${round(quantile(tally.pushMs, 0.5))} ms p99 ${round(pushP99)} ms, ` +
      `${errorCount} errors, RSS ${memory.firstThirdMedianMb} → ${memory.lastThirdMedianMb} MiB\n`,
  );
  return [
    {
      name: `${name} — errors`,
      errors: errorCount,
      errorsByKind: errors,
      unsentAtEnd: f.unsent,
      devices: f.devices,
      workspaces: Math.ceil(f.devices / f.sizes.perWorkspace),
      devicesPerWorkspace: f.sizes.perWorkspace,
      workIntervalMs: `${f.sizes.workIntervalMs / 2}–${(f.sizes.workIntervalMs * 3) / 2} (uniform) between an officer's bursts`,
      seconds: round(elapsedS),
      warmUpSeconds: f.warmUpS,
      rateLimit: `on, the server's default: ${f.rateLimit} requests a minute per device, 10 enrollments a minute per address; each laptop connects from an address of its own (127.1.x.y), as laptops would`,
      loadAverage,
      notes:
        'every non-2xx answer (by status and contract code), network error, timeout, dropped events stream and refused mutation of any laptop, from enrollment to the end of the drain (warm-up included); ' +
        'unsentAtEnd: mutations still in an outbox after the 30 s drain',
      target: '0 errors',
      met: errorCount === 0 && f.unsent === 0,
    },
    {
      name: `${name} — push latency`,
      pushes,
      pushesPerSecond: round(pushes / elapsedS),
      mutations: tally.mutations,
      mutationsPerSecond: round(tally.mutations / elapsedS),
      mutationsPerPush: round(tally.mutations / Math.max(1, pushes), 2),
      conflicted: tally.conflicted,
      pushP50Ms: round(quantile(tally.pushMs, 0.5)),
      pushP99Ms: round(pushP99),
      pushMaxMs: round(Math.max(...tally.pushMs)),
      serverCpuPercentOfOneCore: percentOfOneCore(f.serverCpuS),
      postgresCpuPercentOfOneCore: percentOfOneCore(f.databaseCpuS),
      clientCpuPercentOfOneCore: percentOfOneCore(f.clientCpuS),
      clientEventLoopDelayP99Ms: round(f.clientLoopP99Ms),
      cores: availableParallelism(),
      loadAverage,
      notes:
        "push latency: from sending POST /v1/sync/push to its parsed answer, on the laptop (so it includes this process's own event loop delay, reported beside it). " +
        "Each officer works in bursts: a new case with its goods line and a note (1 in 4), 1–3 edits of a case's title or summary from the version the laptop pulled (1 in 2), or 1–5 notes (1 in 4). " +
        'CPU: the server (its process and its workers), the PostgreSQL backends of its database alive at the end of the run, and this process (all the laptops). ' +
        `The server, PostgreSQL and the ${f.devices} laptops share the ${availableParallelism()} cores of this machine with whatever else runs (loadAverage)`,
      target: 'p99 < 200 ms',
      met: pushes > 0 && pushP99 < 200,
    },
    {
      name: `${name} — pull latency and poke-to-pull delay`,
      pulls: tally.pullMs.length,
      pullsPerSecond: round(tally.pullMs.length / elapsedS),
      pullP50Ms: round(quantile(tally.pullMs, 0.5)),
      pullP99Ms: round(quantile(tally.pullMs, 0.99)),
      pokeToPullP50Ms: round(quantile(tracker.pullDelays, 0.5)),
      pokeToPullP99Ms: round(quantile(tracker.pullDelays, 0.99)),
      pokeToPullMaxMs: round(Math.max(...tracker.pullDelays)),
      pokeToPullSamples: tracker.pullDelays.length,
      pokeHeardP50Ms: round(quantile(tracker.pokeDelays, 0.5)),
      pokeHeardP99Ms: round(quantile(tracker.pokeDelays, 0.99)),
      neverPulled: tracker.unreached(),
      loadAverage,
      notes:
        'poke-to-pull: from laptop X reading the answer to a push that made version v to each other laptop of its office having pulled v (it pulls when the poke arrives, as the app does; 0 when it already had v); ' +
        'pokeHeard: to the poke announcing v reaching it; neverPulled: such pairs still missing after the drain',
      target: 'none (reported)',
      met: true,
    },
    {
      name: `${name} — server memory`,
      ...memory,
      rssSamplesMb: f.rss,
      sampledEverySeconds: f.rssEveryMs / 1000,
      loadAverage,
      notes: `VmRSS of the server, its process and its workers summed (/proc/<pid>/status); flat = the last third's median at most ${flatGrowthPercent}% above the first third's`,
      target: 'flat',
      met: memory.flat,
    },
  ];
}
