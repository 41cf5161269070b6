import type { TFunction } from 'i18next';
import type { Conflict } from '../../../shared/domain';
import { recordName as nameRecord } from '../../records';
import type { ConflictRecord } from './conflictList';

/**
 * How a conflict names its record, as the audit log does (`renderer/records`): a case by
 * "reference — title", a case's child by what it is and its case ("Importer of 2026-K7QX-0042"),
 * anything else by its kind; "(deleted)" added for a tombstone, and a plain phrase when the
 * record is not on this device.
 */
export function recordName(t: TFunction, conflict: Pick<Conflict, 'recordTable'>, record: ConflictRecord): string {
  if (!record.exists) return t('conflicts.conflict.recordMissing');
  const { caseRef } = record;
  const row = record.fields ?? (conflict.recordTable === 'cases' && caseRef ? { reference: caseRef.reference, title: caseRef.title } : {});
  return nameRecord(t, { table: conflict.recordTable, row, caseRef, deleted: record.deleted });
}

/** The page to open for the record (its case), or null when there is none to show. */
export function recordHref(record: ConflictRecord): string | null {
  return record.exists && !record.deleted && record.caseRef ? `/cases/${record.caseRef.id}` : null;
}
