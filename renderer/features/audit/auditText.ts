import type { TFunction } from 'i18next';
import { recordName, tableLabel } from '../../records';
import type { AuditRecordRef } from './auditRecords';

/** "This device", or another device by the start of its id (its name is known only to the server). */
export function deviceLabel(t: TFunction, deviceId: string, thisDevice: string): string {
  return deviceId === thisDevice ? t('audit.device.this') : t('audit.device.other', { id: deviceId.slice(0, 8) });
}

/**
 * How a line names its record, in words and never by id: a case as "reference — title", a record
 * of a case by what it is and its case ("Importer of 2026-RHT7-0001: …"), anything else by its
 * kind and title; "Party not on this device" when it is not here.
 */
export function recordLabel(t: TFunction, table: string, record: AuditRecordRef): string {
  if (record.named) return recordName(t, record.named);
  if (record.reference === '' && record.title === '') return recordName(t, { table, row: undefined, caseRef: null });
  // Lines built without the record's fields (tests, old callers): by kind and reference.
  if (table === 'cases') return record.title ? `${record.reference} — ${record.title}` : record.reference;
  return `${tableLabel(t, table)} · ${record.reference || record.title}`;
}
