import type { TFunction } from 'i18next';
import { enumLabel, tableLabel } from './recordLabels';
import type { CaseRef } from './recordValues';

/** What naming a record needs: its table, its fields when on this device, and its case. */
export interface NamedRecord {
  table: string;
  /** The record's fields (a tombstone's last ones), or undefined when it is not on this device. */
  row: Readonly<Record<string, unknown>> | undefined;
  /** The case itself, or the case the record belongs to; null when unknown or none. */
  caseRef: CaseRef | null;
  deleted?: boolean;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The words that tell two children of one case apart: a party's name, a file's name… */
function detailOf(table: string, row: Readonly<Record<string, unknown>>): string {
  switch (table) {
    case 'parties':
      return text(row.name);
    case 'shipments':
      return text(row.billOfLading);
    case 'proofsOfOrigin':
      return text(row.number);
    case 'deadlines':
    case 'meetings':
      return text(row.title);
    case 'attachments':
      return text(row.fileName);
    case 'verificationRequests':
      return text(row.subject);
    case 'holidays':
      return [text(row.date), text(row.name)].filter(Boolean).join(' ');
    case 'replyPeriodRules':
      // The row's id is the instrument's code ("CPTPP") or "acknowledgement".
      return text(row.id);
    default:
      return '';
  }
}

/** "Importer of 2026-RHT7-0001", "Goods line 2 of 2026-RHT7-0001", "Note on 2026-RHT7-0001". */
function childName(t: TFunction, table: string, row: Readonly<Record<string, unknown>>, reference: string): string {
  const values = { case: reference };
  switch (table) {
    case 'parties':
      if (!text(row.role)) break;
      return t('records.names.parties', { ...values, role: enumLabel(t, 'partyRole', text(row.role)) });
    case 'goods':
      if (typeof row.lineNo !== 'number') break;
      return t('records.names.goods', { ...values, n: row.lineNo });
    case 'proofsOfOrigin':
      if (!text(row.kind)) break;
      return t('records.names.proofsOfOrigin', { ...values, kind: enumLabel(t, 'proofKind', text(row.kind)) });
    case 'notes':
      return t(row.kind === 'statusChange' ? 'records.names.statusChange' : 'records.names.note', values);
    case 'shipments':
    case 'deadlines':
    case 'attachments':
    case 'verificationRequests':
      return t(`records.names.${table}`, values);
  }
  // A table without a name of its own, or a child whose fields are not known here.
  return t('records.names.ofCase', { ...values, kind: tableLabel(t, table) });
}

/**
 * A record named in words, never by its id: a case by "reference — title", a case's child by what
 * it is and its case, with what tells it apart ("Importer of 2026-RHT7-0001: Công ty TNHH Thép
 * Việt"), anything else by its kind and title; "(deleted)" for a tombstone, and "Party not on
 * this device" when its fields are not here.
 */
export function recordName(t: TFunction, record: NamedRecord): string {
  const { table, row, caseRef } = record;
  if (!row) return t('records.names.missing', { kind: tableLabel(t, table) });
  let name: string;
  if (table === 'cases') {
    const reference = text(row.reference) || caseRef?.reference || '';
    const title = text(row.title);
    name = title ? t('records.names.case', { reference, title }) : reference;
  } else {
    const base = caseRef ? childName(t, table, row, caseRef.reference) : tableLabel(t, table);
    const detail = detailOf(table, row);
    name = detail ? t('records.names.detail', { name: base, detail }) : base;
  }
  return record.deleted ? t('records.names.deleted', { name }) : name;
}
