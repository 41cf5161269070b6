import type { RiskSubjectType } from '../domain/riskEntry';
import { isCountryCode } from '../domain/validators/country';
import { identifierError, type PartyIdentifierScheme } from '../domain/validators/partyIdentifier';
import { rowErrorsOf } from './draftIssues';
import type { DetailedRowError } from './fileProblems';
import { splitValues } from './readCsvRow';
import { blankDraftFields, checkDraft, type RiskEntryDraft } from './riskEntryDraft';

/**
 * OpenSanctions "simple CSV" (`targets.simple.csv`): one row per target with the columns id,
 * schema, name, aliases, birth_date, countries, addresses, identifiers, sanctions, phones, emails,
 * program_ids, dataset, first_seen, last_seen, last_change; multi-values separated by `;`.
 * Recognised by its `id`, `schema` and `name` columns (ours has no `schema`); other columns are
 * read where they have a place and otherwise ignored, as the export grows columns over time.
 */
export function isOpenSanctionsHeader(header: readonly string[]): boolean {
  const names = new Set(header.map((h) => h.toLowerCase()));
  return names.has('id') && names.has('schema') && names.has('name');
}

/**
 * FollowTheMoney schemas we screen against. Vessels, aircraft, securities and the like are
 * skipped without an error: they are not parties to a customs declaration, and an error per
 * skipped row would make a clean public list look broken and block its import.
 */
const subjectOfSchema: Record<string, RiskSubjectType> = {
  Company: 'company',
  Organization: 'company',
  LegalEntity: 'company',
  Person: 'person',
};

/** Schemes recognisable from the value alone by their checksums; everything else is OTHER. */
const recognisableSchemes: readonly PartyIdentifierScheme[] = ['LEI', 'CN_USCC'];

function schemeOf(value: string): PartyIdentifierScheme {
  return recognisableSchemes.find((s) => identifierError(s, value) === null) ?? 'OTHER';
}

/** Where each entry field came from, to report its issue on the OpenSanctions column. */
const columnOfField: Record<string, string> = {
  sourceRef: 'id',
  subjectType: 'schema',
  primaryName: 'name',
  aliases: 'aliases',
  identifiers: 'identifiers',
  addresses: 'addresses',
  reason: 'sanctions',
};

/**
 * One OpenSanctions row → a draft: id → sourceRef; name and aliases; identifiers (LEI and USCC
 * when their checksums say so, else OTHER); the first country with a known ISO code → the country
 * of the first address, or of an address-less entry (former states such as `suhh` are passed
 * over); sanctions → reason. A public list says nothing of our risk scale or handling: risk level
 * is left to the import dialog, the category is sanctions, status active, handling shareable
 * (the data is public).
 */
export function readOpenSanctionsRow(row: number, cells: ReadonlyMap<string, string>): { draft: RiskEntryDraft | null; errors: DetailedRowError[] } {
  const cell = (c: string) => cells.get(c)?.trim() ?? '';
  const subjectType = subjectOfSchema[cell('schema')];
  if (!subjectType) return { draft: null, errors: [] };
  const name = cell('name');
  const aliases = [...new Set(splitValues(cell('aliases'), ';'))].filter((a) => a !== name);
  const identifiers = [...new Set(splitValues(cell('identifiers'), ';'))].map((value) => ({ scheme: schemeOf(value), value }));
  const country = splitValues(cell('countries'), ';').map((c) => c.toUpperCase()).find(isCountryCode) ?? '';
  const addressTexts = splitValues(cell('addresses'), ';');
  const addresses =
    addressTexts.length > 0 ? addressTexts.map((address, i) => ({ address, country: i === 0 ? country : '' })) : country ? [{ address: '', country }] : [];

  const { draft, issues } = checkDraft({
    ...blankDraftFields(),
    sourceRef: cell('id'),
    subjectType,
    hsLevel: null,
    primaryName: name,
    aliases: aliases.map((a) => ({ name: a, nameLatin: '' })),
    identifiers,
    addresses,
    riskCategories: ['sanctions'],
    riskLevel: null,
    status: 'active',
    reason: cell('sanctions'),
    handlingCode: 'shareable',
  });
  const errors = rowErrorsOf(row, issues, (path) => {
    const field = String(path[0]);
    const index = typeof path[1] === 'number' ? path[1] : 0;
    if (field === 'aliases') return { column: 'aliases', value: aliases[index] ?? '' };
    if (field === 'identifiers') {
      const id = identifiers[index];
      return { column: 'identifiers', value: id?.value ?? '', ...(id ? { identifier: id } : {}) };
    }
    if (field === 'addresses') return { column: 'addresses', value: addressTexts[index] ?? '' };
    const column = columnOfField[field];
    return column ? { column, value: cell(column) } : null;
  });
  return { draft: errors.length === 0 ? draft : null, errors };
}
