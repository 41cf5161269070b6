// `npm run bench`: measures the data layer, the case list (bench/layerBench.ts), sync (bench/sync)
// the verification requests (bench/requestsBench.ts), the risk lists (bench/riskListBench.ts) and
// the meetings (bench/meetingsBench.ts: meeting mode's typing, the dashboard, the action tracker)
// in headless Chromium, the screening engine (bench/screeningBench.ts) in Node, and the load run
// (bench/load: simulated laptops against a server process on PostgreSQL), and writes
// bench/report.json. Targets come from the issues; the report says whether each was met.
// `BENCH_SUITES=layer`, `=sync`, `=requests`, `=screening`, `=riskLists`, `=meetings` or `=load` (or
// a comma list) runs those suites and keeps the others' previous entries; `BENCH_SYNC_ROWS`,
// `BENCH_REQUESTS`, `BENCH_RISK_ENTRIES`, `BENCH_RISK_CASES`, `BENCH_MEETING_CASES`,
// `BENCH_MEETING_REQUESTS`, `BENCH_ACTION_ITEMS`, `BENCH_MEETINGS`, `BENCH_MEETING_NOTES` and
// `BENCH_MEETING_ROUNDS` shrink sizes for a quick run (bench/load/index.ts lists the load run's).
// The bench page is built and Chromium started only when a suite needs them.
import type { Browser } from '@playwright/test';
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { launchBenchBrowser } from './browser';
import { layerBenchSizes, runLayerBenchmarks } from './layerBench';
import { runLoadBenchmarks, loadBenchSizes } from './load';
import { isLoadEntry, isSyncEntry, readPreviousReport, writeReport, type BenchReport } from './report';
import { isMeetingsEntry, meetingsBenchSizes, runMeetingsBenchmarks } from './meetingsBench';
import { isRequestsEntry, requestsBenchSizes, runRequestsBenchmarks } from './requestsBench';
import { isRiskListsEntry, riskListsBenchSizes, runRiskListBenchmarks } from './riskListBench';
import { isScreeningEntry, runScreeningBenchmarks } from './screeningBench';
import { runSyncBenchmarks, syncBenchSizes } from './sync';

const suites = new Set((process.env.BENCH_SUITES ?? 'layer,sync,requests,screening,riskLists,meetings,load').split(',').map((s) => s.trim()));

const previous = await readPreviousReport();
const report: BenchReport = {
  date: new Date().toISOString(),
  machine: { ...previous?.machine },
  results: previous?.results ?? [],
};
let browser: Browser | null = null;
/** The bench page built and Chromium started, on the first suite that needs them. */
async function benchBrowser(): Promise<Browser> {
  if (browser) return browser;
  await build({
    configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
    // pouchdb-browser imports Node's `events`, which Vite leaves out of browser bundles.
    resolve: { alias: { events: fileURLToPath(new URL('./sync/eventsShim.ts', import.meta.url)) } },
  });
  browser = await launchBenchBrowser();
  report.machine = { ...report.machine, browser: browser.version() };
  return browser;
}

try {
  if (suites.has('layer')) {
    const layer = await runLayerBenchmarks(await benchBrowser());
    report.machine = { ...report.machine, ...layerBenchSizes };
    // The layer's entries are the ones no other suite owns; they lead the report.
    report.results = [
      ...layer,
      ...report.results.filter((e) => isSyncEntry(e) || isRequestsEntry(e) || isScreeningEntry(e) || isRiskListsEntry(e) || isMeetingsEntry(e) || isLoadEntry(e)),
    ];
    await writeReport(report);
  }
  if (suites.has('sync')) {
    const sync = await runSyncBenchmarks(await benchBrowser());
    report.machine = { ...report.machine, syncRows: syncBenchSizes().rows };
    report.results = [...report.results.filter((e) => !isSyncEntry(e)), ...sync];
    await writeReport(report);
  }
  if (suites.has('requests')) {
    const requests = await runRequestsBenchmarks(await benchBrowser());
    report.machine = { ...report.machine, ...requestsBenchSizes };
    report.results = [...report.results.filter((e) => !isRequestsEntry(e)), ...requests];
    await writeReport(report);
  }
  if (suites.has('screening')) {
    const screening = runScreeningBenchmarks();
    report.results = [...report.results.filter((e) => !isScreeningEntry(e)), ...screening];
    await writeReport(report);
  }
  if (suites.has('riskLists')) {
    const riskLists = await runRiskListBenchmarks(await benchBrowser());
    report.machine = { ...report.machine, ...riskListsBenchSizes };
    report.results = [...report.results.filter((e) => !isRiskListsEntry(e)), ...riskLists];
    await writeReport(report);
  }
  if (suites.has('meetings')) {
    const meetings = await runMeetingsBenchmarks(await benchBrowser());
    report.machine = { ...report.machine, ...meetingsBenchSizes };
    report.results = [...report.results.filter((e) => !isMeetingsEntry(e)), ...meetings];
    await writeReport(report);
  }
  if (suites.has('load')) {
    const load = await runLoadBenchmarks();
    const { devices, seconds } = loadBenchSizes();
    report.machine = { ...report.machine, loadDevices: devices, loadSeconds: seconds };
    report.results = [...report.results.filter((e) => !isLoadEntry(e)), ...load];
    await writeReport(report);
  }
  for (const result of report.results) process.stdout.write(`${result.met ? 'met ' : 'MISS'}  ${result.name}: ${JSON.stringify(result)}\n`);
} finally {
  await (browser as Browser | null)?.close();
}
