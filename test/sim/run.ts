/**
 * Long sweeps of the sync simulation: `npm run test:sim -- --runs 200 [--seed S] [--path P]`
 * (`tsx test/sim/run.ts …`). Exits 1 on a failure, printing the shrunk counterexample and the
 * command that replays it. Options: --runs N (default 100), --seed S, --path P, --replay-path R,
 * --max-commands N (default 40), --no-shrink, --progress (a line per run); --scenario NAME runs
 * one directed scenario of `scenarios.ts` instead.
 */
import { parseArgs } from 'node:util';
import { startTestServer } from '../../server/testing/testServer';
import { formatReport } from './report';
import { scenarios } from './scenarios';
import { runScenario, runSimulation } from './simulation';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' },
    seed: { type: 'string' },
    path: { type: 'string' },
    'replay-path': { type: 'string' },
    'max-commands': { type: 'string', default: '40' },
    'no-shrink': { type: 'boolean', default: false },
    progress: { type: 'boolean', default: false },
    scenario: { type: 'string' },
  },
});

const server = await startTestServer();
try {
  if (values.scenario !== undefined) {
    const scenario = scenarios[values.scenario];
    if (!scenario) throw new Error(`Unknown scenario ${values.scenario}; known: ${Object.keys(scenarios).join(', ')}`);
    console.log(`scenario ${values.scenario}: ${scenario.description}`);
    const failure = await runScenario(server, scenario);
    console.log(failure === null ? 'scenario passed' : `scenario FAILED: ${failure}`);
    process.exitCode = failure === null ? 0 : 1;
  } else {
    await sweep();
  }
} finally {
  await server.close();
}

async function sweep(): Promise<void> {
  const report = await runSimulation(server, {
    runs: Number(values.runs),
    seed: values.seed === undefined ? undefined : Number(values.seed),
    path: values.path,
    replayPath: values['replay-path'],
    maxCommands: Number(values['max-commands']),
    noShrink: values['no-shrink'],
    progress: values.progress,
    log: (line) => console.log(line),
  });
  console.log(formatReport(report));
  process.exitCode = report.ok ? 0 : 1;
}
