// Where an initial sync's time went, from the phases the client reports (renderer/features/sync/
// syncTimings.ts) and the server's share of the pulls (bench/sync/syncServer.ts).
import type { SyncPhase } from '../../renderer/features/sync/syncTimings';
import { round } from './stats';

export type PhasesMs = Partial<Record<SyncPhase, number>>;

/**
 * The phases on the writing loop's path: one after another, never overlapping, so with `other`
 * (the engine's bookkeeping between them) they add up to the sync's wall time.
 */
const wallPhases = ['push', 'waitPage', 'waitSeal', 'write', 'repair'] as const satisfies readonly SyncPhase[];

/** The phases that run beside the writing loop, on pages ahead of the one written. */
const aheadPhases = ['request', 'download', 'parse', 'validate', 'outbox', 'prepare', 'seal'] as const satisfies readonly SyncPhase[];

export interface SyncSample {
  ms: number;
  phasesMs: PhasesMs;
  /**
   * The server's share of the sample's pulls (bench/sync/syncServer.ts `takePullTimes`) and the
   * CPU time of the process it runs in during the sample (`cpuMs`, absent where not measured).
   */
  server: { handlerMs: number; sentMs: number; pulls: number; cpuMs?: number };
}

const share = (ms: number, of: number) => `${round((100 * ms) / of)}%`;

/**
 * The split of the median sample (by wall time): `wall` partitions its wall time (ms and share),
 * `ahead` is the busy time of the work done on pages ahead (overlapping the loop and each other;
 * shares of the wall time, so they may add up past 100%), `server` the server's part of the pulls.
 */
export function splitOf(samples: readonly SyncSample[]) {
  const sorted = [...samples].sort((a, b) => a.ms - b.ms);
  const sample = sorted[Math.ceil(sorted.length / 2) - 1];
  if (!sample) throw new Error('No samples to split');
  const { ms, phasesMs, server } = sample;
  const phase = (name: SyncPhase) => phasesMs[name] ?? 0;
  const wall: Record<string, { ms: number; share: string }> = {};
  let accounted = 0;
  for (const name of wallPhases) {
    accounted += phase(name);
    wall[name] = { ms: round(phase(name)), share: share(phase(name), ms) };
  }
  const other = Math.max(0, ms - accounted);
  wall.other = { ms: round(other), share: share(other, ms) };
  const ahead: Record<string, { ms: number; share: string }> = {};
  for (const name of aheadPhases) ahead[name] = { ms: round(phase(name)), share: share(phase(name), ms) };
  return {
    wallMs: round(ms),
    wall,
    ahead,
    server: {
      pulls: server.pulls,
      answerBuiltMs: { ms: round(server.handlerMs), share: share(server.handlerMs, ms) },
      answerSentMs: { ms: round(server.sentMs), share: share(server.sentMs, ms) },
      ...(server.cpuMs === undefined ? {} : { processCpuMs: { ms: round(server.cpuMs), share: share(server.cpuMs, ms) } }),
    },
  };
}
