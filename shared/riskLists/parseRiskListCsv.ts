import { riskListCsvColumns, type RiskListCsvColumn } from './csvColumns';
import { plainRowError, problemAt, type DetailedRowError } from './fileProblems';
import { findDuplicates, type DraftAtRow } from './findDuplicates';
import { isOpenSanctionsHeader, readOpenSanctionsRow } from './openSanctions';
import { readCsvRow } from './readCsvRow';
import { readCsvTable, type CsvTable } from './readCsvTable';
import type { RiskEntryDraft } from './riskEntryDraft';
import type { RowError } from './rowError';

export interface ParsedRiskList {
  /** The rows that passed every check, in file order (a repeated entry keeps its first row). */
  entries: RiskEntryDraft[];
  /** Every problem, ordered by row; header problems are row 1. */
  errors: RowError[];
}

/** A parse whose errors also carry their problem, to be told in the UI language (the import worker's). */
export type DetailedRiskList = { entries: RiskEntryDraft[]; errors: DetailedRowError[] };

/** What the public parsers return: the RowErrors without their problem (tools compare them by deep equality). */
export function withPlainErrors({ entries, errors }: DetailedRiskList): ParsedRiskList {
  return { entries, errors: errors.map(plainRowError) };
}

const known: ReadonlySet<string> = new Set(riskListCsvColumns);

/** Which header cell is which column; unknown, repeated or missing-required columns are row-1 errors. */
function readHeader(header: readonly string[]): { columns: (RiskListCsvColumn | null)[]; errors: DetailedRowError[] } {
  const errors: DetailedRowError[] = [];
  const seen = new Set<string>();
  const columns = header.map((written) => {
    const name = written.toLowerCase();
    if (!known.has(name)) {
      errors.push(problemAt(1, written, written, { code: 'csv.unknownColumn', params: { column: written, expected: riskListCsvColumns.join(', ') } }));
      return null;
    }
    if (seen.has(name)) {
      errors.push(problemAt(1, written, written, { code: 'csv.repeatedColumn', params: { column: written } }));
      return null;
    }
    seen.add(name);
    return name as RiskListCsvColumn;
  });
  if (!seen.has('subject_type')) errors.push(problemAt(1, 'subject_type', '', { code: 'csv.noSubjectType', params: { column: 'subject_type' } }));
  return { columns, errors };
}

/** Told every so many rows how many of `total` are checked (the import's progress bar). */
export type RowProgress = (checked: number, total: number) => void;
const progressEvery = 2000;

function readOurRows(table: CsvTable, onProgress?: RowProgress): DetailedRiskList {
  const { columns, errors } = readHeader(table.header);
  // Without subject_type no row can be read; report the header alone rather than one error per row.
  if (!columns.includes('subject_type')) return { entries: [], errors };
  const drafts: DraftAtRow[] = [];
  for (const [i, { row, cells }] of table.records.entries()) {
    if (onProgress && i % progressEvery === 0) onProgress(i, table.records.length);
    const extra = cells.slice(columns.length).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      errors.push(problemAt(row, null, extra.join(' '), { code: 'csv.extraCells', params: { cells: String(cells.length), columns: String(columns.length) } }));
      continue;
    }
    const byColumn = new Map<RiskListCsvColumn, string>();
    columns.forEach((c, i) => c && byColumn.set(c, cells[i] ?? ''));
    const read = readCsvRow(row, byColumn);
    errors.push(...read.errors);
    if (read.draft) drafts.push({ row, draft: read.draft });
  }
  const identity = { sourceRef: 'source_ref', name: 'name', hsCode: 'hs_code', goodsDescription: 'goods_description' };
  const { kept, errors: duplicates } = findDuplicates(drafts, identity);
  return { entries: kept.map((k) => k.draft), errors: [...errors, ...duplicates] };
}

function readOpenSanctionsRows(table: CsvTable, onProgress?: RowProgress): DetailedRiskList {
  const errors: DetailedRowError[] = [];
  const drafts: DraftAtRow[] = [];
  for (const [i, { row, cells }] of table.records.entries()) {
    if (onProgress && i % progressEvery === 0) onProgress(i, table.records.length);
    const byColumn = new Map(table.header.map((h, i) => [h.toLowerCase(), cells[i] ?? ''] as const));
    const read = readOpenSanctionsRow(row, byColumn);
    errors.push(...read.errors);
    if (read.draft) drafts.push({ row, draft: read.draft });
  }
  const { kept, errors: duplicates } = findDuplicates(drafts, { sourceRef: 'id', name: 'name', hsCode: 'id', goodsDescription: 'id' });
  return { entries: kept.map((k) => k.draft), errors: [...errors, ...duplicates] };
}

/**
 * Reads a risk list in our CSV format (columns: `riskListCsvColumns`, any order, `|` between
 * values, see README "Risk-list CSV format") or an OpenSanctions "simple CSV" export, recognised by its
 * header. Pure: the caller decodes the file (`decodeRiskListFile`) and stores the entries
 * (`toRiskEntry`). A file with any error should import nothing unless the official chooses to
 * import only `entries`, the rows that passed.
 */
export function parseRiskListCsv(text: string): ParsedRiskList {
  return withPlainErrors(readRiskListCsv(text));
}

/** `parseRiskListCsv` telling its progress as it checks rows, its errors with their problem (the import worker's). */
export function readRiskListCsv(text: string, onProgress?: RowProgress): DetailedRiskList {
  const table = readCsvTable(text);
  const parsed: DetailedRiskList =
    table.header.length === 0
      ? { entries: [], errors: [] }
      : isOpenSanctionsHeader(table.header)
        ? readOpenSanctionsRows(table, onProgress)
        : readOurRows(table, onProgress);
  const errors = [...table.errors, ...parsed.errors].sort((a, b) => a.row - b.row);
  return { entries: parsed.entries, errors };
}
