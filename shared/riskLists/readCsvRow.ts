import { handlingCodes, riskCategories, riskEntryStatuses, riskLevels, riskSubjectTypes } from '../domain/riskEntry';
import { partyIdentifierSchemes } from '../domain/validators/partyIdentifier';
import { codeFromSpelling } from './codeSpelling';
import { allowedInColumn, columnOfPath, multiValueColumns, type RiskListCsvColumn } from './csvColumns';
import { rowErrorsOf } from './draftIssues';
import { problemAt, type DetailedRowError, type FileProblem } from './fileProblems';
import { blankDraftFields, checkDraft, hsLevelOf, type RiskEntryDraft } from './riskEntryDraft';

/** Splits a multi-value cell on `|`; empty pieces (a trailing `|`, `a||b`) are slips, not values. */
export function splitValues(cell: string, separator = '|'): string[] {
  return cell
    .split(separator)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

type IdentifierText = { scheme: string; value: string; text: string };

/** `VN_MST:0100233488` → scheme and value, or the problem saying why it cannot be read. */
function readIdentifier(text: string): IdentifierText | { error: FileProblem } {
  const colon = text.indexOf(':');
  if (colon < 0) return { error: { code: 'identifier.notSchemeValue', params: { value: text } } };
  const scheme = text.slice(0, colon).trim().toUpperCase();
  if (!(partyIdentifierSchemes as readonly string[]).includes(scheme)) {
    return { error: { code: 'identifier.unknownScheme', params: { scheme, expected: partyIdentifierSchemes.join(', ') } } };
  }
  return { scheme, value: text.slice(colon + 1).trim(), text };
}

/**
 * One data record of our CSV: the cells by column (absent columns read as empty) → a checked
 * draft, or the row's errors. Absent `status` means active. Absent `handling_code` means
 * need-to-know: an entry whose file does not say who may see it gets the most restrictive
 * handling, so a counterpart's restricted entry never becomes shareable by omission.
 */
export function readCsvRow(row: number, cells: ReadonlyMap<RiskListCsvColumn, string>): { draft: RiskEntryDraft | null; errors: DetailedRowError[] } {
  const cell = (c: RiskListCsvColumn) => cells.get(c)?.trim() ?? '';
  const items = new Map<RiskListCsvColumn, string[]>();
  for (const c of multiValueColumns) items.set(c, splitValues(cell(c)));
  const errors: DetailedRowError[] = [];

  const identifiers: IdentifierText[] = [];
  for (const text of items.get('identifiers') ?? []) {
    const read = readIdentifier(text);
    if ('error' in read) errors.push(problemAt(row, 'identifiers', text, read.error));
    else identifiers.push(read);
  }
  const date = (c: RiskListCsvColumn) => (cell(c) === '' ? null : cell(c));
  const address = cell('address');
  const country = cell('country');

  const input: Record<string, unknown> = {
    ...blankDraftFields(),
    sourceRef: cell('source_ref'),
    subjectType: codeFromSpelling(riskSubjectTypes, cell('subject_type')),
    hsCode: cell('hs_code'),
    hsLevel: hsLevelOf(cell('hs_code')),
    goodsDescription: cell('goods_description'),
    primaryName: cell('name'),
    primaryNameLatin: cell('name_latin'),
    aliases: (items.get('aliases') ?? []).map((name) => ({ name, nameLatin: '' })),
    legalForm: cell('legal_form'),
    identifiers: identifiers.map(({ scheme, value }) => ({ scheme, value })),
    addresses: address === '' && country === '' ? [] : [{ address, country }],
    claimedOrigin: cell('claimed_origin'),
    suspectedOrigin: cell('suspected_origin'),
    transitCountries: items.get('transit_countries') ?? [],
    riskCategories: (items.get('risk_categories') ?? []).map((c) => codeFromSpelling(riskCategories, c)),
    indicators: items.get('indicators') ?? [],
    riskLevel: cell('risk_level') === '' ? null : codeFromSpelling(riskLevels, cell('risk_level')),
    sourceRiskLevel: cell('source_risk_level'),
    status: cell('status') === '' ? 'active' : codeFromSpelling(riskEntryStatuses, cell('status')),
    listedOn: date('listed_on'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    reason: cell('reason'),
    handlingCode: cell('handling_code') === '' ? 'needToKnow' : codeFromSpelling(handlingCodes, cell('handling_code')),
  };

  const { draft, issues } = checkDraft(input);
  errors.push(
    ...rowErrorsOf(row, issues, (path) => {
      const column = columnOfPath(path);
      if (!column) return null;
      const index = typeof path[1] === 'number' ? path[1] : null;
      if (column === 'identifiers' && index !== null) {
        const id = identifiers[index];
        if (id) return { column, value: id.text, identifier: { scheme: id.scheme, value: id.value } };
      }
      const list = items.get(column);
      const value = list && index !== null ? (list[index] ?? cell(column)) : cell(column);
      const allowed = allowedInColumn[column];
      return allowed ? { column, value, allowed } : { column, value };
    }),
  );
  return { draft: errors.length === 0 ? draft : null, errors };
}
