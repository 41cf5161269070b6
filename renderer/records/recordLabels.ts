import type { TFunction } from 'i18next';
import { en } from './locales/en';
import { recordEnums, type RecordEnum } from './fieldKinds';

const tableNames: Readonly<Record<string, string>> = en.records.tables;
const fieldNames = en.records.fields as Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The translated name of a synced table ("Party", "Bên liên quan"); the table's name when unknown. */
export function tableLabel(t: TFunction, table: string): string {
  return Object.hasOwn(tableNames, table) ? t(`records.tables.${table}`) : table;
}

/**
 * The translated label of a record's field, as the case form names it. A field of a table whose
 * screen does not exist yet (a verification request's subject…) falls back to its name, so
 * nothing is hidden; every field of a case table has a label (tested over the schemas).
 */
export function fieldLabel(t: TFunction, table: string, field: string): string {
  return fieldNames[table] && Object.hasOwn(fieldNames[table], field) ? t(`records.fields.${table}.${field}`) : field;
}

/** The translated label of an enumeration's value ("importer" → "Importer"); the value when unknown. */
export function enumLabel(t: TFunction, name: RecordEnum, value: string): string {
  return (recordEnums[name] as readonly string[]).includes(value) ? t(`records.values.${name}.${value}`) : value;
}
