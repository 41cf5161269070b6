import { foldVietnamese } from '../domain/text';
import { problemAt, type DetailedRowError, type FileProblemCode } from './fileProblems';
import type { RiskEntryDraft } from './riskEntryDraft';

export interface DraftAtRow {
  row: number;
  draft: RiskEntryDraft;
}

/** How the file names the fields an entry is recognised by (CSV column or JSON field). */
export interface IdentityColumns {
  sourceRef: string;
  name: string;
  hsCode: string;
  goodsDescription: string;
}

/** Folded, punctuation-blind name: "CÔNG TY TNHH Thép Việt" and "Công ty TNHH  thép việt." are one. */
function nameKey(name: string): string {
  return foldVietnamese(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * What makes two entries of one file the same entry, as the versions' diff matches them: the
 * source's reference; lacking it, the HS code (or description) of goods, or subject type and
 * normalised name. Returns the key with the column and value to report it on.
 */
function identityOf(d: RiskEntryDraft, columns: IdentityColumns): { key: string; column: string; value: string; code: FileProblemCode } {
  if (d.sourceRef !== '') return { key: `ref|${d.sourceRef}`, column: columns.sourceRef, value: d.sourceRef, code: 'duplicate.sourceRef' };
  if (d.subjectType === 'goods') {
    return d.hsCode !== ''
      ? { key: `hs|${d.hsCode}`, column: columns.hsCode, value: d.hsCode, code: 'duplicate.hsCode' }
      : { key: `goods|${nameKey(d.goodsDescription)}`, column: columns.goodsDescription, value: d.goodsDescription, code: 'duplicate.goodsDescription' };
  }
  return { key: `name|${d.subjectType}|${nameKey(d.primaryName)}`, column: columns.name, value: d.primaryName, code: `duplicate.${d.subjectType}Name` };
}

/**
 * Reports every entry that repeats an earlier one of the same file, naming the first occurrence's
 * row; the first is kept, the repeats are not (importing both would list the subject twice).
 */
export function findDuplicates(rows: readonly DraftAtRow[], columns: IdentityColumns): { kept: DraftAtRow[]; errors: DetailedRowError[] } {
  const firstRow = new Map<string, number>();
  const kept: DraftAtRow[] = [];
  const errors: DetailedRowError[] = [];
  for (const r of rows) {
    const id = identityOf(r.draft, columns);
    const first = firstRow.get(id.key);
    if (first === undefined) {
      firstRow.set(id.key, r.row);
      kept.push(r);
    } else {
      errors.push(problemAt(r.row, id.column, id.value, { code: id.code, params: { firstRow: String(first), column: id.column, value: id.value } }));
    }
  }
  return { kept, errors };
}
