import { foldVietnamese, type SyncedTable } from '../../../shared/domain';
import type { AuditAction, AuditEvent } from './auditEvents';
import type { RecordRefs } from '../../records';
import { recordKey, unknownRecord, type AuditRecordRef, type AuditRecords } from './auditRecords';

/**
 * The audit page's filters. `from`/`to` are local calendar days (`YYYY-MM-DD`, inclusive), read
 * through the `at` index; the others are applied in memory, since who and what are sealed.
 */
export interface AuditFilter {
  table: SyncedTable | null;
  action: AuditAction | null;
  actor: string | null;
  from: string | null;
  to: string | null;
  /** Matched, accent-blind, against the record's reference, title and id. */
  text: string;
}

export const emptyAuditFilter: AuditFilter = { table: null, action: null, actor: null, from: null, to: null, text: '' };

/** An event with the record it concerns, as the audit page lists and exports it. */
export interface AuditRow {
  event: AuditEvent;
  record: AuditRecordRef;
  /** The cases the event's values point at, to show them by reference; absent, none is known. */
  refs?: RecordRefs;
}

export function toAuditRows(events: readonly AuditEvent[], { byKey, refs }: AuditRecords): AuditRow[] {
  return events.map((event) => ({ event, record: byKey.get(recordKey(event.table, event.recordId)) ?? unknownRecord, refs }));
}

const fold = (s: string) => foldVietnamese(s).toLowerCase();

/** The local calendar day of an ISO instant, `YYYY-MM-DD`. */
export function localDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The rows `filter` lets through, in their order. */
export function filterAuditRows(rows: readonly AuditRow[], filter: AuditFilter): AuditRow[] {
  const needle = fold(filter.text.trim());
  return rows.filter(({ event, record }) => {
    if (filter.table !== null && event.table !== filter.table) return false;
    if (filter.action !== null && event.action !== filter.action) return false;
    if (filter.actor !== null && event.actor !== filter.actor) return false;
    if (filter.from !== null || filter.to !== null) {
      const day = localDay(event.at);
      if ((filter.from !== null && day < filter.from) || (filter.to !== null && day > filter.to)) return false;
    }
    if (needle === '') return true;
    return [record.reference, record.title, event.recordId].some((s) => fold(s).includes(needle));
  });
}

/** Distinct values of `pick` over the rows, sorted by `collator` (the filters' choices). */
export function distinctValues<T extends string>(rows: readonly AuditRow[], pick: (row: AuditRow) => T, collator: Intl.Collator): T[] {
  return [...new Set(rows.map(pick))].filter((v) => v !== '').sort(collator.compare);
}
