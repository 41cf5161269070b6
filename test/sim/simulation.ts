/**
 * One simulation sweep: fast-check draws a scenario (3–5 clients with clock offsets of up to ±2
 * days, some past the server's 24 h clamp; a pull page size) and a command sequence, runs it
 * against a fresh workspace of the shared server, heals, syncs to quiescence and checks the final
 * invariants. A failure is shrunk and reported with the seed and path that replay it.
 */
import fc from 'fast-check';
import type { TestServer } from '../../server/testing/testServer';
import { simCommands, type SimModel } from './commands';
import { checkFinal } from './finalInvariants';
import type { LedgerStats } from './ledger';
import { healAndQuiesce } from './quiescence';
import type { Scenario } from './scenarios';
import { checkClientStep } from './stepInvariants';
import { World, type WorldConfig } from './world';

export interface SimOptions {
  runs: number;
  /** fast-check seed; random when absent (always printed). */
  seed?: number;
  /** fast-check path of a counterexample to replay (from a failure report). */
  path?: string;
  /** `replayPath` of the failing command sequence (optional, speeds up a replay). */
  replayPath?: string;
  maxCommands: number;
  /** Stop at the first failure without shrinking. */
  noShrink?: boolean;
  /** Print a line after every passing run (long sweeps). */
  progress?: boolean;
  log?: (line: string) => void;
}

/** What the ledgers counted (see `LedgerStats`), summed over runs, and what the runs did. */
export interface SimTotals extends LedgerStats {
  runs: number;
  commands: number;
  faultsFired: number;
  replays: number;
  restarts: number;
  maxQuiescenceRounds: number;
  /** Conflict and history entries the server recorded (losing values kept). */
  conflictRows: number;
  historyRows: number;
}

export interface SimReport {
  ok: boolean;
  seed: number;
  totals: SimTotals;
  durationMs: number;
  /** The failure, with the shrunk counterexample and the command that replays it. */
  failure?: string;
}

const dayMs = 24 * 3_600_000;
const startMs = Date.parse('2026-03-01T12:00:00Z');

const worldConfigs: fc.Arbitrary<WorldConfig> = fc.record({
  offsetsMs: fc.array(fc.integer({ min: -2 * dayMs, max: 2 * dayMs }), { minLength: 3, maxLength: 5 }),
  pageSize: fc.integer({ min: 1, max: 4 }),
});

function emptyTotals(): SimTotals {
  return { runs: 0, commands: 0, commits: 0, resolutions: 0, applied: 0, conflicted: 0, duplicates: 0, rejected: {}, faultsFired: 0, replays: 0, restarts: 0, maxQuiescenceRounds: 0, conflictRows: 0, historyRows: 0 };
}

function addRun(totals: SimTotals, world: World, commands: number, rounds: number): void {
  const s = world.ledger.stats;
  totals.runs += 1;
  totals.commands += commands;
  totals.commits += s.commits;
  totals.resolutions += s.resolutions;
  totals.applied += s.applied;
  totals.conflicted += s.conflicted;
  totals.duplicates += s.duplicates;
  for (const [code, n] of Object.entries(s.rejected)) totals.rejected[code] = (totals.rejected[code] ?? 0) + n;
  totals.faultsFired += world.network.stats.faultsFired;
  totals.replays += world.network.stats.replays;
  totals.restarts += world.clients.reduce((n, c) => n + c.restarts, 0);
  totals.maxQuiescenceRounds = Math.max(totals.maxQuiescenceRounds, rounds);
}

/** The shell command that replays a failure (`npm run test:sim` runs `tsx test/sim/run.ts`). */
export function replayCommand(seed: number, maxCommands: number, path: string | undefined, replayPath?: string): string {
  const parts = ['npm run test:sim --', `--seed ${seed}`, `--max-commands ${maxCommands}`];
  if (path) parts.push(`--path ${path}`);
  if (replayPath) parts.push(`--replay-path '${replayPath}'`);
  return parts.join(' ');
}

/** Runs one directed scenario (`scenarios.ts`) with the same invariants; returns the failure or null. */
export async function runScenario(server: TestServer, scenario: Scenario): Promise<string | null> {
  const world = await World.create(server, scenario.config, startMs);
  world.stepCheck = (client) => checkClientStep(world, client);
  const model: SimModel = { tombstones: new Set() };
  const commands = scenario.commands();
  try {
    for (const command of commands) await command.run(model, world);
    await healAndQuiesce(world);
    await checkFinal(world);
    return null;
  } catch (error) {
    return `${error instanceof Error ? error.message : String(error)}\ncommands: ${commands.map(String).join(', ')}`;
  } finally {
    await world.dispose();
  }
}

export async function runSimulation(server: TestServer, options: SimOptions): Promise<SimReport> {
  const seed = options.seed ?? (Date.now() ^ (Math.random() * 0x7fffffff)) >>> 0;
  const log = options.log ?? (() => undefined);
  const totals = emptyTotals();
  const began = Date.now();

  const property = fc.asyncProperty(worldConfigs, simCommands(options.maxCommands, options.replayPath), async (config, commands) => {
    const world = await World.create(server, config, startMs);
    // Checked before every request of every engine: the engine is then between storage operations.
    world.stepCheck = (client) => checkClientStep(world, client);
    try {
      await world.seedCases(3);
      const model: SimModel = { tombstones: new Set() };
      await fc.asyncModelRun(() => ({ model, real: world }), commands);
      const rounds = await healAndQuiesce(world);
      const recorded = await checkFinal(world);
      addRun(totals, world, [...commands].length, rounds);
      totals.conflictRows += recorded.conflicts;
      totals.historyRows += recorded.history;
      if (options.progress) {
        log(`  run ${totals.runs}: ${config.offsetsMs.length} clients, ${[...commands].length} commands, ${world.ledger.stats.commits} commits, quiet after ${rounds} round(s)`);
      }
    } finally {
      await world.dispose();
    }
  });

  log(`sync simulation: ${options.runs} runs of up to ${options.maxCommands} commands, seed ${seed}${options.path ? `, path ${options.path}` : ''}`);
  const details = await fc.check(property, {
    numRuns: options.runs,
    seed,
    path: options.path,
    endOnFailure: options.noShrink ?? false,
  });
  const durationMs = Date.now() - began;
  if (!details.failed) return { ok: true, seed, totals, durationMs };

  const error = details.errorInstance;
  const message = error instanceof Error ? error.message : String(error);
  const [config, commands] = details.counterexample ?? [];
  const failure = [
    `sync simulation FAILED (run ${details.numRuns}, shrunk ${details.numShrinks} times): ${message}`,
    `scenario: ${JSON.stringify(config)}`,
    `commands: ${String(commands)}`,
    `replay:   ${replayCommand(seed, options.maxCommands, details.counterexamplePath ?? undefined, /replayPath="([^"]*)"/.exec(String(commands))?.[1])}`,
  ].join('\n');
  return { ok: false, seed, totals, durationMs, failure };
}
