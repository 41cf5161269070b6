import type { TFunction } from 'i18next';
import { datedCsvName, toCsv } from '../../export';
import type { Formatter } from '../../i18n';
import { fieldLabel, formatFieldValue, tableLabel } from '../../records';
import type { AuditLine } from './auditLines';
import { deviceLabel, recordLabel } from './auditText';

/**
 * The export's columns, in order; their headers are `audit.csv.<column>`. Everything reads in
 * words as on screen; the record's and device's ids come last, only to match lines with the sync
 * server's audit log, which knows them by id.
 */
export const auditCsvColumns = [
  'time',
  'localTime',
  'person',
  'device',
  'recordType',
  'record',
  'reference',
  'action',
  'field',
  'oldValue',
  'newValue',
  'recordId',
  'deviceId',
] as const;

/**
 * The export as rows of text, header first: one line per changed field (`toAuditLines`), times in
 * ISO 8601 (UTC) and in the UI language's local form, labels, records and values as the screens
 * show them but never shortened. `toCsv` guards every cell against formulas.
 */
export function auditCsvRows(lines: readonly AuditLine[], t: TFunction, fmt: Formatter, thisDevice = ''): string[][] {
  const header = auditCsvColumns.map((column) => t(`audit.csv.${column}`));
  const body = lines.map(({ row: { event, record, refs }, field, old, new: next }) => {
    const value = (v: unknown) => (field === null ? '' : formatFieldValue(t, fmt, event.table, field, v, { refs }));
    return [
      event.at,
      fmt.dateTime(event.at),
      event.actor,
      deviceLabel(t, event.deviceId, thisDevice),
      tableLabel(t, event.table),
      recordLabel(t, event.table, record),
      record.reference,
      t(`audit.actions.${event.action}`),
      field === null ? '' : fieldLabel(t, event.table, field),
      // A new record had no old value: an empty cell, not "(empty)".
      event.action === 'create' ? '' : value(old),
      value(next),
      event.recordId,
      event.deviceId,
    ];
  });
  return [header, ...body];
}

/** The CSV file's text (see `toCsv`: formula guard, RFC 4180 quoting, CRLF, UTF-8 BOM). */
export function toAuditCsv(lines: readonly AuditLine[], t: TFunction, fmt: Formatter, thisDevice = ''): string {
  return toCsv(auditCsvRows(lines, t, fmt, thisDevice));
}

/** `audit-2026-03-01.csv`: the local day of `now`. */
export function auditCsvFileName(now: Date): string {
  return datedCsvName('audit', now);
}
