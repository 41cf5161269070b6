import type { TFunction } from 'i18next';
import type { Conflict } from '../../../shared/domain';
import type { ConflictRecord } from './conflictList';
import { tableLabel } from './valueDisplay';

/**
 * How a conflict names its record: a case by "reference — title", a case's child by its kind and
 * its case's reference ("Party · 2026-K7QX-0042"), anything else by its kind; "(deleted)" added
 * for a tombstone, and a plain phrase when the record is not on this device.
 */
export function recordName(t: TFunction, conflict: Pick<Conflict, 'recordTable'>, record: ConflictRecord): string {
  if (!record.exists) return t('conflicts.conflict.recordMissing');
  const { caseRef } = record;
  const name = !caseRef
    ? tableLabel(t, conflict.recordTable)
    : conflict.recordTable === 'cases'
      ? `${caseRef.reference} — ${caseRef.title}`
      : `${tableLabel(t, conflict.recordTable)} · ${caseRef.reference}`;
  return record.deleted ? t('conflicts.conflict.recordDeleted', { record: name }) : name;
}

/** The page to open for the record (its case), or null when there is none to show. */
export function recordHref(record: ConflictRecord): string | null {
  return record.exists && !record.deleted && record.caseRef ? `/cases/${record.caseRef.id}` : null;
}
