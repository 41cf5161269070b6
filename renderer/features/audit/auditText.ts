import type { TFunction } from 'i18next';
import { tableLabel } from '../conflicts';
import type { AuditRecordRef } from './auditRecords';

/** "This device", or another device by the start of its id (its name is known only to the server). */
export function deviceLabel(t: TFunction, deviceId: string, thisDevice: string): string {
  return deviceId === thisDevice ? t('audit.device.this') : t('audit.device.other', { id: deviceId.slice(0, 8) });
}

/**
 * How a line names its record: a case as "reference — title", a record of a case as
 * "Party · reference", anything else by its kind; the kind and "not on this device" when missing.
 */
export function recordLabel(t: TFunction, table: string, record: AuditRecordRef): string {
  const kind = tableLabel(t, table);
  if (record.reference === '' && record.title === '') return `${kind} · ${t('audit.record.missing')}`;
  if (table === 'cases') return record.title ? `${record.reference} — ${record.title}` : record.reference;
  return record.reference ? `${kind} · ${record.reference}` : `${kind} · ${record.title}`;
}
