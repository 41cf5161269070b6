// The data-layer benchmarks (issue 2): writing cases through the layer vs raw IndexedDB, and the
// case list's load times, on one static origin serving the app and the bench page.
import type { Browser } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './staticServer';
import type { RequestsProfile } from './page/requests';
import type { BenchEntry } from './sync/entry';

const caseCount = Number(process.env.BENCH_CASES ?? 50_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const outDir = (path: string) => fileURLToPath(new URL(`../out/${path}`, import.meta.url));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] as number;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

interface BenchApi {
  setUpProfile(passphrase: string): Promise<void>;
  writeThroughLayer(dbName: string, count: number, sealed?: boolean): Promise<number>;
  writeRaw(dbName: string, count: number): Promise<number>;
  sampleShapes(dbName: string): Promise<Record<string, string[]>>;
  deleteDatabase(dbName: string): Promise<void>;
  measureSearch(dbName: string, queries: string[]): Promise<{ buildMs: number; documents: number; samplesMs: number[]; matches: Record<string, number> }>;
  /** The requests bench's records (bench/page/requests.ts), sealed in the workspace `dbName`. */
  writeRequests(dbName: string, caseCount: number, requestCount: number): Promise<RequestsProfile>;
}
declare global {
  interface Window {
    attacheBench: BenchApi;
  }
}

export const layerBenchSizes = { cases: caseCount, rounds };
const benchPassphrase = 'bench ngựa vằn Geneva tàu hỏa 47';

/**
 * Typing-like queries for the search latency: names and words the synthetic cases hold, typed as
 * an officer would (no diacritics), one character at a time; two with a typo, two with swapped
 * letters, one reference.
 */
const searchQueries = [
  'nguyen van an',
  'tran thi bich',
  'le minh chau',
  'john carter',
  'steel wire',
  'aluminium extrusions',
  'quartz surface products',
  'solar cells',
  'wooden cabinets',
  'honey declared',
  'plywod',
  'alumnium',
  // Two neighbouring letters swapped: looked up as one typo (Damerau), the costliest queries.
  'nguyen vna an',
  'stele wrie',
  '2026-bnch-01234',
];

export async function runLayerBenchmarks(browser: Browser): Promise<BenchEntry[]> {
  const { server, origin } = await startStaticServer([
    { prefix: '/bench/', dir: outDir('bench') },
    { prefix: '/', dir: outDir('renderer') },
  ]);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/bench/`);
    await page.getByText('ready').waitFor();

    // Alternate the two writers so neither always runs on a warmer or fuller disk.
    const layer: number[] = [];
    const raw: number[] = [];
    const sealed: number[] = [];
    const shapes: Record<'layer' | 'raw', Record<string, string[]>> = { layer: {}, raw: {} };
    for (let i = 0; i < rounds; i++) {
      raw.push(await page.evaluate(([n, c]) => window.attacheBench.writeRaw(`bench-raw-${n}`, c), [i, caseCount] as const));
      layer.push(await page.evaluate(([n, c]) => window.attacheBench.writeThroughLayer(`bench-layer-${n}`, c), [i, caseCount] as const));
      sealed.push(await page.evaluate(([n, c]) => window.attacheBench.writeThroughLayer(`bench-sealed-${n}`, c, true), [i, caseCount] as const));
      process.stdout.write(`  write round ${i + 1}/${rounds}: raw ${round(raw[i]!)} ms, layer ${round(layer[i]!)} ms, layer sealed ${round(sealed[i]!)} ms\n`);
      if (i === 0) {
        shapes.layer = await page.evaluate(() => window.attacheBench.sampleShapes('bench-layer-0'));
        shapes.raw = await page.evaluate(() => window.attacheBench.sampleShapes('bench-raw-0'));
      }
      // A browser context's storage quota holds a few of these databases, not six.
      await page.evaluate((n) => Promise.all([`bench-raw-${n}`, `bench-layer-${n}`, `bench-sealed-${n}`].map((name) => window.attacheBench.deleteDatabase(name))), i);
    }

    // The app's own profile: a keyring and its database, sealed, filled through the layer, then
    // opened by the app as an officer would: the lock screen, the passphrase, the case list.
    await page.evaluate((p) => window.attacheBench.setUpProfile(p), benchPassphrase);
    await page.evaluate((c) => window.attacheBench.writeThroughLayer('attache-ws-local', c, true), caseCount);
    const search = await page.evaluate((q) => window.attacheBench.measureSearch('attache-ws-local', q), searchQueries);
    process.stdout.write(`  search: index of ${search.documents} built in ${round(search.buildMs)} ms; ${search.samplesMs.length} queries, p95 ${round(percentile(search.samplesMs, 0.95), 2)} ms\n`);
    // "ready": the first rows are on screen and usable; "complete": all 50k read, so counts and
    // filters cover every case. Both are marks the case list sets (performance.mark), counted from
    // the moment the key is unlocked ("attache:unlocked"); the unlock itself is reported apart.
    const loads: number[] = [];
    const completes: number[] = [];
    const unlocks: number[] = [];
    const searchReady: number[] = [];
    let firstSearchReady = 0;
    let firstSaved = 0;
    const markTime = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    // Unlock 0 finds no saved search index (the cases were written by the bench page): it builds
    // one from every record and saves it. Unlocks 1…rounds are an officer's every day: the saved
    // index loads and catches up. The case list figures come from those.
    for (let i = 0; i <= rounds; i++) {
      await page.goto(`${origin}/#/cases`);
      const unlockScreen = page.getByTestId('unlock-screen');
      await unlockScreen.getByLabel(/^Passphrase/).fill(benchPassphrase);
      await unlockScreen.getByRole('button', { name: 'Unlock' }).click();
      const marks = ['attache:case-list-complete', 'attache:search-ready', ...(i === 0 ? ['attache:search-saved'] : [])];
      await page.waitForFunction((wanted) => wanted.every((m) => performance.getEntriesByName(m).length > 0), marks, { timeout: 180_000 });
      const [start, unlocked, ready, complete, searchIndexed, saved] = await Promise.all(
        ['attache:unlock-start', 'attache:unlocked', 'attache:case-list-ready', 'attache:case-list-complete', 'attache:search-ready', 'attache:search-saved'].map((m) =>
          page.evaluate(markTime, m),
        ),
      );
      process.stdout.write(`  unlock ${i}: search ready ${round(searchIndexed! - start!)} ms, case list complete ${round(complete! - unlocked!)} ms\n`);
      if (i === 0) {
        firstSearchReady = searchIndexed! - start!;
        firstSaved = saved! - start!;
      } else {
        unlocks.push(unlocked! - start!);
        searchReady.push(searchIndexed! - start!);
        loads.push(ready! - unlocked!);
        completes.push(complete! - unlocked!);
      }
      await page.goto('about:blank');
    }
    await context.close();

    const writeRatio = median(layer) / median(raw);
    const sealedRatio = median(sealed) / median(layer);
    return [
      {
        name: 'write 50k cases: data layer vs one raw IndexedDB transaction',
        layerMs: round(median(layer)),
        rawMs: round(median(raw)),
        ratio: round(writeRatio, 2),
        target: '<= 1.2',
        met: writeRatio <= 1.2,
        samplesMs: { layer: layer.map((v) => round(v)), raw: raw.map((v) => round(v)) },
        sameShapes: JSON.stringify(shapes.layer) === JSON.stringify(shapes.raw),
      },
      {
        name: 'write 50k cases through the data layer: encrypted at rest vs in clear',
        sealedMs: round(median(sealed)),
        clearMs: round(median(layer)),
        ratio: round(sealedRatio, 2),
        target: '<= 1.3',
        met: sealedRatio <= 1.3,
        samplesMs: { sealed: sealed.map((v) => round(v)), clear: layer.map((v) => round(v)) },
        notes: 'the same commitChanges call; sealed = a data key given, every row, outbox and audit entry AES-256-GCM sealed (@noble/ciphers) inside the transaction',
      },
      {
        name: 'unlock to interactive case list at 50k sealed cases',
        ms: round(median(loads)),
        target: '< 1000',
        met: median(loads) < 1000,
        samplesMs: loads.map((v) => round(v)),
        notes: 'issue 2 measured this from page load; since issue 4 the app opens on its lock screen, so it counts from the unlock',
      },
      {
        name: 'unlock until every one of the 50k sealed cases is in the list (counts and filters complete)',
        ms: round(median(completes)),
        target: 'none (reported)',
        met: true,
        samplesMs: completes.map((v) => round(v)),
      },
      {
        name: 'unlock at 50k cases: passphrase to data key (PBKDF2-SHA-256, 600,000 iterations)',
        ms: round(median(unlocks)),
        target: 'none (reported: the first part of the unlock entry below)',
        met: true,
        samplesMs: unlocks.map((v) => round(v)),
      },
      {
        name: 'unlock at 50k cases: passphrase to search index ready (derive, decrypt, build the index)',
        ms: round(median(searchReady)),
        target: '< 1500',
        met: median(searchReady) < 1500,
        samplesMs: searchReady.map((v) => round(v)),
        notes:
          'from the Unlock click (attache:unlock-start) to attache:search-ready, at every unlock after the first: the key derived, the sealed index saved at the previous unlock read and decrypted (WebCrypto), loaded in the search worker, and caught up on rows stamped since; meanwhile the case list reads and decrypts all 50k',
      },
      {
        name: 'first unlock at 50k cases written elsewhere (no saved search index yet): passphrase to search index built',
        ms: round(firstSearchReady),
        savedMs: round(firstSaved),
        target: 'none (reported: once per workspace, or after an update that changes what is indexed)',
        met: true,
        notes: 'every indexed row read and decrypted in the page, 1,000 at a time, while the case list reads the same 50k, indexed in the search worker, then saved sealed (savedMs: from the Unlock click to the save)',
      },
      {
        name: 'search latency over 50k sealed cases, typing-like queries (page → worker → page)',
        p50Ms: round(percentile(search.samplesMs, 0.5), 2),
        p95Ms: round(percentile(search.samplesMs, 0.95), 2),
        maxMs: round(Math.max(...search.samplesMs), 2),
        queries: search.samplesMs.length,
        target: '< 20 (p95)',
        met: percentile(search.samplesMs, 0.95) < 20,
        indexBuildMs: round(search.buildMs),
        documents: search.documents,
        fullQueryMatches: search.matches,
        notes: `each prefix of ${searchQueries.length} queries typed one character at a time (two with a typo, two with swapped letters, one reference), dialog limits (5 per type); indexBuildMs: the bench page alone reading, decrypting and indexing the 50k, nothing else running`,
      },
    ];
  } finally {
    server.close();
  }
}
