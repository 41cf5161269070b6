import type { TFunction } from 'i18next';
import { parseHlc } from '../../../shared/sync';
import type { Formatter } from '../../i18n';
import { en } from './locales/en';

type Labels = Record<string, Record<string, string>>;
const fieldLabels = en.conflicts.fields as Labels;
// Case values are labelled by the cases feature's strings (`cases.status.closed`…, in the same
// translation namespace); tables whose features do not exist yet keep their labels here
// (`conflicts.enums.<table>.<field>.<value>`).
const caseEnumFields = new Set(['status', 'type', 'outcome', 'priority', 'direction', 'confidentiality']);
const otherLabels = en.conflicts.enums as Record<string, Record<string, Record<string, string>>>;

function enumKey(table: string, field: string, value: string): string | null {
  if (value === '') return null;
  if (table === 'cases') return caseEnumFields.has(field) ? `cases.${field}.${value}` : null;
  return otherLabels[table]?.[field]?.[value] !== undefined ? `conflicts.enums.${table}.${field}.${value}` : null;
}

/** Fields holding an ISO alpha-2 country code, shown as the country's name. */
const countryFields = new Set(['partnerCountry', 'country', 'declaredOrigin', 'suspectedOrigin', 'issuingCountry']);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The translated label of a record's field. Fields this feature has no label for (ordinary fields
 * of tables other than cases, which only appear in edit-after-delete conflicts) fall back to the
 * field's name, so nothing is ever hidden.
 */
export function fieldLabel(t: TFunction, table: string, field: string): string {
  return fieldLabels[table]?.[field] !== undefined ? t(`conflicts.fields.${table}.${field}`) : field;
}

/** The translated name of a synced table ("Case", "Vụ việc"); the table's name when unknown. */
export function tableLabel(t: TFunction, table: string): string {
  return table in en.conflicts.tables ? t(`conflicts.tables.${table}`) : table;
}

/**
 * A field value as people read it: enum values translated (statuses, outcomes…), countries by
 * name, dates and times in the UI language, lists joined, empty values as "(empty)". Text longer
 * than `maxLength` is cut with an ellipsis (history lines stay one glance long).
 */
export function formatFieldValue(
  t: TFunction,
  fmt: Formatter,
  table: string,
  field: string,
  value: unknown,
  maxLength = Infinity,
): string {
  const text = plainValue(t, fmt, table, field, value);
  if (text === '') return t('conflicts.values.empty');
  return text.length > maxLength ? `${text.slice(0, Math.max(1, maxLength - 1)).trimEnd()}…` : text;
}

function plainValue(t: TFunction, fmt: Formatter, table: string, field: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    return value
      .map((item) => plainValue(t, fmt, table, field, item))
      .filter((s) => s !== '')
      .join(', ');
  }
  if (typeof value === 'boolean') return t(value ? 'conflicts.values.yes' : 'conflicts.values.no');
  if (typeof value === 'number') return fmt.number(value, 6);
  if (typeof value === 'string') {
    const key = enumKey(table, field, value);
    if (key) return t(key, { defaultValue: value });
    if (countryFields.has(field) && /^[A-Z]{2}$/.test(value)) return fmt.countryName(value);
    if (isoDate.test(value)) return fmt.date(value);
    if (isoDateTime.test(value)) return fmt.dateTime(value);
    return value;
  }
  return JSON.stringify(value);
}

/** The wall-clock moment embedded in an HLC as an ISO datetime, or null when it is not an HLC. */
export function hlcToIso(hlc: string): string | null {
  try {
    return new Date(parseHlc(hlc).ms).toISOString();
  } catch {
    return null;
  }
}

/** The member's name, or "an unknown member" when the server no longer knows it. */
export function authorName(t: TFunction, author: string): string {
  return author.trim() === '' ? t('conflicts.conflict.unknownAuthor') : author;
}
