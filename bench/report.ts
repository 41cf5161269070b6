// bench/report.json: one file for every benchmark. A run of only some suites keeps the other
// suites' entries from the previous report, so a quick sync-only run never erases the rest.
import { readFile, writeFile } from 'node:fs/promises';
import type { BenchEntry } from './sync/entry';

export interface BenchReport {
  date: string;
  machine: Record<string, unknown>;
  results: BenchEntry[];
}

const reportUrl = new URL('./report.json', import.meta.url);
export const isSyncEntry = (entry: BenchEntry) => entry.name.startsWith('sync:');
/** The load run's entries (bench/load): many devices against one server process on PostgreSQL. */
export const isLoadEntry = (entry: BenchEntry) => entry.name.startsWith('load:');

export async function readPreviousReport(): Promise<BenchReport | null> {
  try {
    return JSON.parse(await readFile(reportUrl, 'utf8')) as BenchReport;
  } catch {
    return null;
  }
}

export async function writeReport(report: BenchReport): Promise<void> {
  await writeFile(reportUrl, `${JSON.stringify(report, null, 2)}\n`);
}
