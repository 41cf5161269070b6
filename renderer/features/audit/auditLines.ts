import type { AuditRow } from './auditFilter';

/**
 * One line of the audit table and of its export: an event with one of its changed fields, or the
 * event alone when it names none (a view, a delete).
 */
export interface AuditLine {
  /** Unique and stable: the event's key, plus the field. */
  key: string;
  row: AuditRow;
  /** `null` for an event without fields. */
  field: string | null;
  old: unknown;
  new: unknown;
}

/** One line per changed field, in the rows' order (one line for an event without fields). */
export function toAuditLines(rows: readonly AuditRow[]): AuditLine[] {
  const lines: AuditLine[] = [];
  for (const row of rows) {
    const { event } = row;
    if (event.changes.length === 0) {
      lines.push({ key: event.key, row, field: null, old: undefined, new: undefined });
      continue;
    }
    for (const change of event.changes) {
      lines.push({ key: `${event.key}/${change.field}`, row, field: change.field, old: change.old, new: change.new });
    }
  }
  return lines;
}
