// `npm run bench`: measures the data layer, the case list (bench/layerBench.ts) and sync
// (bench/sync) in headless Chromium and writes bench/report.json. Targets come from the issues; the
// report says whether each was met. `BENCH_SUITES=layer` or `=sync` runs one suite and keeps the
// other's previous entries; `BENCH_SYNC_ROWS` shrinks the sync sizes for a quick run.
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { layerBenchSizes, runLayerBenchmarks } from './layerBench';
import { isSyncEntry, readPreviousReport, writeReport, type BenchReport } from './report';
import { runSyncBenchmarks, syncBenchSizes } from './sync';

const suites = new Set((process.env.BENCH_SUITES ?? 'layer,sync').split(',').map((s) => s.trim()));

await build({
  configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
  // pouchdb-browser imports Node's `events`, which Vite leaves out of browser bundles.
  resolve: { alias: { events: fileURLToPath(new URL('./sync/eventsShim.ts', import.meta.url)) } },
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

try {
  const previous = await readPreviousReport();
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: { ...previous?.machine, browser: browser.version() },
    results: previous?.results ?? [],
  };
  if (suites.has('layer')) {
    const layer = await runLayerBenchmarks(browser);
    report.machine = { ...report.machine, ...layerBenchSizes };
    report.results = [...layer, ...report.results.filter(isSyncEntry)];
    await writeReport(report);
  }
  if (suites.has('sync')) {
    const sync = await runSyncBenchmarks(browser);
    report.machine = { ...report.machine, syncRows: syncBenchSizes().rows };
    report.results = [...report.results.filter((e) => !isSyncEntry(e)), ...sync];
    await writeReport(report);
  }
  for (const result of report.results) process.stdout.write(`${result.met ? 'met ' : 'MISS'}  ${result.name}: ${JSON.stringify(result)}\n`);
} finally {
  await browser.close();
}
