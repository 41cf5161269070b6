import Papa from 'papaparse';
import type { Platform } from '../platform';

/** A cell as a table holds it: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"): `=`, `+`,
 * `-`, `@`, and tab and carriage return, which some spreadsheets skip before looking for them.
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet shows as text: one starting like a formula gets a leading `'`, as OWASP
 * recommends (a value such as `=HYPERLINK(…)` typed into a case must never run when the export is
 * opened). Quoting of commas, quotes and line breaks is Papa.unparse's job.
 */
export function csvSafe(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/**
 * A cell's text. Numbers are written plainly (`12.5`, never `12,5`: a CSV's numbers are read by
 * the spreadsheet's own locale rules) and are not guarded, since a number such as -3 runs nothing;
 * text is guarded by `csvSafe`.
 */
function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : csvSafe(cell);
}

/**
 * The CSV file's text, header row first: RFC 4180 quoting by Papa.unparse, CRLF line ends, every
 * text cell through `csvSafe`, and a UTF-8 byte order mark so that spreadsheets (Excel above all)
 * read Vietnamese names as UTF-8 rather than as the system code page.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\ufeff${Papa.unparse(rows.map((row) => row.map(cellText)), { newline: '\r\n' })}`;
}

/** `audit-2026-03-01.csv`: a file name of `prefix` and the local day of `now`. */
export function datedCsvName(prefix: string, now: Date): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `${prefix}-${day}.csv`;
}

export const csvMediaType = 'text/csv;charset=utf-8';

/**
 * Saves `rows` as a CSV file through the host (a save dialog in the desktop app, a download on the
 * web host). Resolves false when the officer cancels the dialog; rejects when writing fails.
 */
export function saveCsv(platform: Pick<Platform, 'saveFile'>, fileName: string, rows: readonly (readonly CsvCell[])[]): Promise<boolean> {
  return platform.saveFile(fileName, toCsv(rows), csvMediaType);
}
