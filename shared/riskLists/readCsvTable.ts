import Papa from 'papaparse';
import { problemAt, type DetailedRowError } from './fileProblems';

/** The records of a CSV file, each with its spreadsheet row number (header = 1). */
export interface CsvTable {
  header: string[];
  records: { row: number; cells: string[] }[];
  errors: DetailedRowError[];
}

const delimiters = [',', ';', '\t'] as const;

/**
 * The header line's delimiter: Excel writes `;` where the decimal separator is a comma (vi-VN),
 * "Unicode text" uses tabs, everything else commas. Counted on the header only, where no cell
 * holds a delimiter of its own; a one-column header falls back to comma.
 */
export function detectDelimiter(text: string): string {
  const headerLine = text.slice(0, text.search(/\r|\n|$/));
  const count = (d: string) => headerLine.split(d).length - 1;
  return delimiters.reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/**
 * Tokenises a CSV text with papaparse: BOM stripped, delimiter detected, CRLF or LF, quoted cells
 * with newlines and doubled quotes. Row numbers count records, not physical lines, as a
 * spreadsheet shows them; blank records (empty lines, trailing newlines) are skipped but counted.
 */
export function readCsvTable(text: string): CsvTable {
  const source = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(source, { delimiter: detectDelimiter(source), skipEmptyLines: false });
  // papaparse's text stays English as a detail: with a fixed delimiter and no header mode only quote
  // errors can occur, and those have a sentence of their own in each language.
  const errors = parsed.errors.map((e) =>
    problemAt((e.row ?? 0) + 1, null, '', e.type === 'Quotes' ? { code: 'csv.unclosedQuote', params: {} } : { code: 'csv.unreadableRow', params: { detail: e.message } }),
  );
  const [header, ...rest] = parsed.data;
  const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
  if (!header || blank(header)) {
    errors.push(problemAt(1, null, '', { code: 'csv.noHeader', params: {} }));
    return { header: [], records: [], errors };
  }
  const records = rest.flatMap((cells, i) => (blank(cells) ? [] : [{ row: i + 2, cells }]));
  return { header: header.map((h) => h.trim()), records, errors };
}
