import Papa from 'papaparse';
import type { TFunction } from 'i18next';
import type { Formatter } from '../../i18n';
import { fieldLabel, formatFieldValue, tableLabel } from '../../records';
import type { AuditLine } from './auditLines';
import { deviceLabel, recordLabel } from './auditText';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"): `=`, `+`,
 * `-`, `@`, and tab and carriage return, which some spreadsheets skip before looking for them.
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet shows as text: one starting like a formula gets a leading `'`, as OWASP
 * recommends (a value such as `=HYPERLINK(…)` typed into a case must never run when the export is
 * opened). Quoting of commas, quotes and line breaks is Papa.unparse's job.
 */
export function csvSafe(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

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
 * show them but never shortened. Every cell passes `csvSafe`.
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
  return [header, ...body].map((cells) => cells.map(csvSafe));
}

/**
 * The CSV file's text: RFC 4180 quoting by Papa.unparse, CRLF line ends, and a UTF-8 byte order
 * mark so that spreadsheets read Vietnamese names as UTF-8 rather than as the system code page.
 */
export function toAuditCsv(lines: readonly AuditLine[], t: TFunction, fmt: Formatter, thisDevice = ''): string {
  return `\ufeff${Papa.unparse(auditCsvRows(lines, t, fmt, thisDevice), { newline: '\r\n' })}`;
}

/** `audit-2026-03-01.csv`: the local day of `now`. */
export function auditCsvFileName(now: Date): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `audit-${day}.csv`;
}
