import Papa from 'papaparse';
import type { RowError } from './rowError';

/** The records of a CSV file, each with its spreadsheet row number (header = 1). */
export interface CsvTable {
  header: string[];
  records: { row: number; cells: string[] }[];
  errors: RowError[];
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
  const errors: RowError[] = parsed.errors.map((e) => ({
    row: (e.row ?? 0) + 1,
    column: null,
    value: '',
    message:
      e.type === 'Quotes'
        ? 'A quoted cell is never closed: end it with a double quote, and double any quote inside it ("").'
        : `The row cannot be read as CSV (${e.message}).`,
  }));
  const [header, ...rest] = parsed.data;
  const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
  if (!header || blank(header)) {
    errors.push({ row: 1, column: null, value: '', message: 'The file has no header row: the first row must name the columns.' });
    return { header: [], records: [], errors };
  }
  const records = rest.flatMap((cells, i) => (blank(cells) ? [] : [{ row: i + 2, cells }]));
  return { header: header.map((h) => h.trim()), records, errors };
}
