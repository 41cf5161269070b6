import { hsCodeError, normalizeHsCode, toNfc } from '../../../shared/domain';
import type { HsCodeRow } from '../../db';

/** Why a nomenclature row was not imported; each is an i18n key under `referenceData.reason`. */
export const hsRejectReasons = [
  'aggregateRow',
  'columnCount',
  'codeMissing',
  'codeFormat',
  'levelMismatch',
  'descriptionMissing',
  'parentMismatch',
  'duplicateCode',
] as const;
export type HsRejectReason = (typeof hsRejectReasons)[number];

/** Column positions found in the header row; `section` and `parent` are optional columns. */
export interface HsColumns {
  count: number;
  hscode: number;
  description: number;
  level: number;
  parent: number | null;
  section: number | null;
}

/** Reads the header row; returns null when a required column (hscode, description, level) is missing. */
export function readHsHeader(header: readonly string[]): HsColumns | null {
  const names = header.map((h) => h.replace(/^\uFEFF/, '').trim().toLowerCase());
  const at = (name: string) => {
    const i = names.indexOf(name);
    return i < 0 ? null : i;
  };
  const hscode = at('hscode');
  const description = at('description');
  const level = at('level');
  if (hscode === null || description === null || level === null) return null;
  return { count: names.length, hscode, description, level, parent: at('parent'), section: at('section') };
}

/**
 * Checks one data row of a nomenclature file. Accepts 2/4/6/8/10-digit codes (dots and spaces
 * stripped) whose level equals their number of digits, with a description, and whose parent (when
 * given) is the code one level up. The file's aggregate "TOTAL" row is reported, not imported.
 * `seen` holds the codes already accepted from the same file, so a duplicate is refused.
 */
export function checkHsRow(
  fields: readonly string[],
  columns: HsColumns,
  seen: ReadonlySet<string>,
): { row: HsCodeRow } | { reason: HsRejectReason } {
  if (fields.length !== columns.count) return { reason: 'columnCount' };
  const field = (i: number | null) => (i === null ? '' : (fields[i] ?? '').trim());
  const rawCode = field(columns.hscode);
  if (rawCode.toUpperCase() === 'TOTAL') return { reason: 'aggregateRow' };
  const code = normalizeHsCode(rawCode);
  const codeError = hsCodeError(code);
  if (codeError) return { reason: code === '' ? 'codeMissing' : 'codeFormat' };
  const levelText = field(columns.level);
  if (!/^\d+$/.test(levelText) || Number(levelText) !== code.length) return { reason: 'levelMismatch' };
  const description = toNfc(field(columns.description));
  if (description === '') return { reason: 'descriptionMissing' };
  const expectedParent = code.length === 2 ? '' : code.slice(0, -2);
  const givenParent = normalizeHsCode(field(columns.parent));
  // Chapters hang under the file's aggregate row ("TOTAL") or nothing; other codes under the code
  // one level up. An absent parent is derived rather than refused.
  if (code.length > 2 && givenParent !== '' && givenParent !== expectedParent) return { reason: 'parentMismatch' };
  if (seen.has(code)) return { reason: 'duplicateCode' };
  return { row: { code, description, parent: expectedParent, level: code.length, section: field(columns.section) } };
}
