import { handlingCodes, riskCategories, riskEntryStatuses, riskLevels, riskSubjectTypes } from '../domain/riskEntry';
import { snakeCase } from './codeSpelling';

/**
 * The columns of our risk-list CSV, in the template's order (files may order them freely).
 * Each maps to the `RiskEntry` field of the same meaning; `address` and `country` together make
 * the entry's one address (either may be empty); `hsLevel` is derived from `hs_code`.
 */
export const riskListCsvColumns = [
  'source_ref',
  'subject_type',
  'hs_code',
  'goods_description',
  'name',
  'name_latin',
  'aliases',
  'legal_form',
  'identifiers',
  'address',
  'country',
  'claimed_origin',
  'suspected_origin',
  'transit_countries',
  'risk_categories',
  'indicators',
  'risk_level',
  'source_risk_level',
  'status',
  'listed_on',
  'valid_from',
  'valid_to',
  'reason',
  'handling_code',
] as const;
export type RiskListCsvColumn = (typeof riskListCsvColumns)[number];

/** Columns whose cell holds several values separated by `|`. */
export const multiValueColumns: ReadonlySet<RiskListCsvColumn> = new Set([
  'aliases',
  'identifiers',
  'transit_countries',
  'risk_categories',
  'indicators',
]);

/** The CSV column that carries each entry field (issues on a field are reported on it). */
const columnOfField: Record<string, RiskListCsvColumn> = {
  sourceRef: 'source_ref',
  subjectType: 'subject_type',
  hsCode: 'hs_code',
  hsLevel: 'hs_code',
  goodsDescription: 'goods_description',
  primaryName: 'name',
  primaryNameLatin: 'name_latin',
  aliases: 'aliases',
  legalForm: 'legal_form',
  identifiers: 'identifiers',
  claimedOrigin: 'claimed_origin',
  suspectedOrigin: 'suspected_origin',
  transitCountries: 'transit_countries',
  riskCategories: 'risk_categories',
  indicators: 'indicators',
  riskLevel: 'risk_level',
  sourceRiskLevel: 'source_risk_level',
  status: 'status',
  listedOn: 'listed_on',
  validFrom: 'valid_from',
  validTo: 'valid_to',
  reason: 'reason',
  handlingCode: 'handling_code',
};

/** The column an issue path points at: `['addresses', 0, 'country']` → `country`. */
export function columnOfPath(path: readonly PropertyKey[]): RiskListCsvColumn | null {
  const field = String(path[0]);
  if (field === 'addresses') return path[2] === 'country' ? 'country' : 'address';
  return columnOfField[field] ?? null;
}

/** Accepted values of the columns that take a code, as the CSV spells them. */
export const allowedInColumn: Partial<Record<RiskListCsvColumn, readonly string[]>> = {
  subject_type: riskSubjectTypes,
  risk_categories: riskCategories.map(snakeCase),
  risk_level: riskLevels.map(snakeCase),
  status: riskEntryStatuses,
  handling_code: handlingCodes.map(snakeCase),
};
