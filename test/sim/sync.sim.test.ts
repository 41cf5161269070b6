/**
 * The bounded backbone of the sync simulation, run by `npm test` (issue 3 "Proof"). A fixed seed
 * comes from SIM_SEED (and SIM_PATH to replay a shrunk counterexample); otherwise the seed is
 * random and printed. Long sweeps: `npm run test:sim -- --runs N --seed S` (test/sim/run.ts).
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { formatReport } from './report';
import { runSimulation } from './simulation';

// PGlite starts in seconds; the sweep itself takes about half a minute on two busy cores.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 });

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const runs = Number(process.env.SIM_RUNS ?? 30);

it('keeps every client equal to the server through lost, duplicated and reordered requests, crashes and skewed clocks', async () => {
  const report = await runSimulation(server, {
    runs,
    maxCommands: 50,
    seed: process.env.SIM_SEED ? Number(process.env.SIM_SEED) : undefined,
    path: process.env.SIM_PATH,
  });
  console.log(formatReport(report));
  if (!report.ok) expect.fail(report.failure);
  expect(report.totals.runs).toBe(runs);
  // The sweep must have exercised what it claims to: local writes beyond each run's 3 seeded
  // cases, network faults, and client crashes with restarts.
  expect(report.totals.commits).toBeGreaterThan(3 * runs);
  expect(report.totals.faultsFired).toBeGreaterThan(0);
  expect(report.totals.restarts).toBeGreaterThan(0);
});
