import { foldVietnamese } from '../domain/text';
import type { RiskEntryDraft } from './riskEntryDraft';
import type { RowError } from './rowError';

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
function identityOf(d: RiskEntryDraft, columns: IdentityColumns): { key: string; column: string; value: string; what: string } {
  if (d.sourceRef !== '') return { key: `ref|${d.sourceRef}`, column: columns.sourceRef, value: d.sourceRef, what: columns.sourceRef };
  if (d.subjectType === 'goods') {
    return d.hsCode !== ''
      ? { key: `hs|${d.hsCode}`, column: columns.hsCode, value: d.hsCode, what: 'HS code' }
      : { key: `goods|${nameKey(d.goodsDescription)}`, column: columns.goodsDescription, value: d.goodsDescription, what: 'goods description' };
  }
  return { key: `name|${d.subjectType}|${nameKey(d.primaryName)}`, column: columns.name, value: d.primaryName, what: `${d.subjectType} name` };
}

/**
 * Reports every entry that repeats an earlier one of the same file, naming the first occurrence's
 * row; the first is kept, the repeats are not (importing both would list the subject twice).
 */
export function findDuplicates(rows: readonly DraftAtRow[], columns: IdentityColumns): { kept: DraftAtRow[]; errors: RowError[] } {
  const firstRow = new Map<string, number>();
  const kept: DraftAtRow[] = [];
  const errors: RowError[] = [];
  for (const r of rows) {
    const id = identityOf(r.draft, columns);
    const first = firstRow.get(id.key);
    if (first === undefined) {
      firstRow.set(id.key, r.row);
      kept.push(r);
    } else {
      const message = `Duplicate entry: row ${first} already has the same ${id.what} "${id.value}"; list each subject once.`;
      errors.push({ row: r.row, column: id.column, value: id.value, message });
    }
  }
  return { kept, errors };
}
