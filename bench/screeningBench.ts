// The screening engine's bench (issue 13): index build time and heap over 100k entries, one
// company name screened against them (p95), and precision and recall on the labelled evaluation
// set. Run in Node (V8, as the app's worker runs it), with --expose-gc for the heap figure.
import { buildScreeningIndex } from '../shared/matching';
import { evaluateScreening, screeningEvaluationSet } from '../test/fixtures/screeningEvaluation';
import type { BenchEntry } from './sync/entry';
import { countLabel } from './sync/entry';
import { benchSyllables, seeded, syntheticRiskEntries } from './syntheticRiskEntries';

const entryCount = Number(process.env.BENCH_RISK_ENTRIES ?? 100_000);
const queryCount = 2_000;
const round = (v: number, digits = 2) => Number(v.toFixed(digits));
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

export const isScreeningEntry = (entry: BenchEntry) => entry.name.startsWith('screening:');

export function runScreeningBenchmarks(): BenchEntry[] {
  const entries = syntheticRiskEntries(entryCount);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const index = buildScreeningIndex(entries);
  const buildMs = performance.now() - started;
  gc();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

  const rnd = seeded(7);
  const syllable = () => benchSyllables[rnd(benchSyllables.length)]!;
  const queries = Array.from({ length: queryCount }, () => `${syllable()} ${syllable()} Steel Co., Ltd`);
  for (const q of queries.slice(0, 100)) index.screenCompany({ name: q }); // warm-up: V8 compiles the hot paths
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    index.screenCompany({ name: q, country: 'VN' });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const { entries: labelled, queries: evaluation } = screeningEvaluationSet();
  const quality = evaluateScreening(buildScreeningIndex(labelled), evaluation);
  const label = countLabel(entryCount);
  process.stdout.write(`  screening: build ${round(buildMs, 0)} ms, heap ${round(heapMb, 0)} MB, p95 ${round(percentile(times, 0.95))} ms\n`);

  return [
    {
      name: `screening: index build over ${label} risk entries`,
      ms: round(buildMs, 0),
      heapMb: heapMb > 0 ? round(heapMb, 0) : null,
      target: '< 3000 ms, heap < 200 MB',
      met: buildMs < 3000 && heapMb > 0 && heapMb < 200,
      notes: `buildScreeningIndex over ${label} synthetic entries (bench/syntheticRiskEntries.ts: Vietnamese company names from 90 common syllables, 1 in 4 with an English alias, 1 in 10 goods with an HS code); heap = heapUsed after gc minus before (null without --expose-gc), in Node ${process.version}`,
    },
    {
      name: `screening: one company name against ${label} entries, once built`,
      p50Ms: round(percentile(times, 0.5), 3),
      p95Ms: round(percentile(times, 0.95), 3),
      maxMs: round(times.at(-1)!, 3),
      count: times.length,
      target: '< 2 (p95)',
      met: percentile(times, 0.95) < 2,
      notes: `${queryCount} names "<syllable> <syllable> Steel Co., Ltd" with country VN, screened one after another after 100 for warm-up; each syllable is in thousands of the listed names`,
    },
    {
      name: 'screening: precision and recall on the labelled evaluation set',
      precision: round(quality.precision, 3),
      recall: round(quality.recall, 3),
      positives: quality.positives,
      negatives: quality.negatives,
      target: '>= 0.95 each',
      met: quality.precision >= 0.95 && quality.recall >= 0.95,
      notes: 'test/fixtures/screeningEvaluation.ts at the default threshold: Vietnamese, Chinese and other companies; variants (diacritics stripped, upper case, English trading name, legal form abbreviated or swapped, words reordered, alias, branch, one typo, identifier only, pinyin with or without the city, characters) and near misses (other company with the same goods word and legal form, one syllable apart, a longer name containing the listed one)',
    },
  ];
}
