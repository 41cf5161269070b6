import type { FieldHistoryEntry, RecordTable, SyncedTable } from '../../../shared/domain';
import type { AttacheDb, ChangeLogEntry } from '../../db';
import { caseIdsIn, isListedField, loadCaseFamily, loadCaseRefs, recordRefs, type CaseRef, type NamedRecord, type RecordRefs } from '../../records';

/** Which record a history line is about: the record shown, or (on a case) one of its children. */
interface LineRecord {
  table: SyncedTable;
  recordId: string;
}

/** One line of a record's history, newest first. `at` is an ISO datetime; `key` is stable for React. */
export type HistoryItem = LineRecord &
  (
    | {
        kind: 'created';
        key: string;
        at: string;
        author: string;
        /** What the new record was given (its filled-in fields), for a child added to a case. */
        fields: { field: string; value: unknown }[];
      }
    | { kind: 'deleted'; key: string; at: string; author: string }
    | { kind: 'changed'; key: string; at: string; author: string; field: string; old: unknown; new: unknown }
    | {
        kind: 'replaced';
        key: string;
        /** When the server replaced the value (`replacedAt`). */
        at: string;
        author: string;
        field: string;
        value: unknown;
        /** The HLC of the losing value: when its author wrote it. */
        hlc: string;
      }
  );

/** A record's history with what its lines need to name records and values in words. */
export interface RecordHistory {
  items: HistoryItem[];
  /** The records the lines concern, by `table/id`, to name them ("Importer of 2026-RHT7-0001"). */
  records: ReadonlyMap<string, NamedRecord>;
  refs: RecordRefs;
}

/** `updatedAt` moves with every edit, a new record's `createdAt` is the line's own time. */
const unlistedFields = new Set(['updatedAt']);
const unlistedAtCreation = new Set(['updatedAt', 'createdAt']);
const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** Most audit entries a history reads per record: a bounded query even for a record edited for years. */
export const historyReadLimit = 500;

export const recordKey = (table: string, id: string) => `${table}/${id}`;

/**
 * Merges this device's audit of records (`changeLog`: who changed which field from what to what)
 * with the losing values of their ordinary fields (`fieldHistory`, server-authored: values
 * replaced by a concurrent edit elsewhere), newest first. An update becomes one line per changed
 * field; a create one line (with what the record was given) and a delete one line. Only entries
 * of the `records` listed count (an entry of another table with the same id is not theirs).
 */
export function buildRecordHistory(
  records: readonly LineRecord[],
  changeLog: readonly ChangeLogEntry[],
  fieldHistory: readonly FieldHistoryEntry[],
): HistoryItem[] {
  const wanted = new Set(records.map((r) => recordKey(r.table, r.recordId)));
  const items: (HistoryItem & { order: number })[] = [];
  for (const entry of changeLog) {
    if (!wanted.has(recordKey(entry.table, entry.recordId))) continue;
    const base = { table: entry.table, recordId: entry.recordId, at: entry.at, author: entry.actor, order: entry.seq ?? 0 };
    if (entry.op === 'create') {
      // The line already names the new record's case, so its parent key would say it twice.
      const fields = Object.entries(entry.changes)
        .filter(([field, change]) => !unlistedAtCreation.has(field) && field !== 'caseId' && isListedField(entry.table, field) && !isEmpty(change.new))
        .map(([field, change]) => ({ field, value: change.new }));
      items.push({ ...base, kind: 'created', key: `log-${entry.seq}`, fields });
    } else if (entry.op === 'delete') {
      items.push({ ...base, kind: 'deleted', key: `log-${entry.seq}` });
    } else {
      for (const [field, change] of Object.entries(entry.changes)) {
        if (unlistedFields.has(field) || !isListedField(entry.table, field)) continue;
        items.push({ ...base, kind: 'changed', key: `log-${entry.seq}-${field}`, field, old: change.old, new: change.new });
      }
    }
  }
  for (const entry of fieldHistory) {
    if (!wanted.has(recordKey(entry.recordTable, entry.recordId))) continue;
    items.push({
      table: entry.recordTable,
      recordId: entry.recordId,
      kind: 'replaced',
      key: `history-${entry.id}`,
      at: entry.replacedAt,
      author: entry.author,
      field: entry.field,
      value: entry.value,
      hlc: entry.hlc,
      order: 0,
    });
  }
  // Stable sort: lines of one audit entry keep their field order.
  items.sort((a, b) => (a.at === b.at ? b.order - a.order : a.at < b.at ? 1 : -1));
  return items.map(({ order: _order, ...item }) => item as HistoryItem);
}

/** The field values a line shows, to read the cases they point at. */
function valuesOf(item: HistoryItem): [string, unknown][] {
  switch (item.kind) {
    case 'changed':
      return [
        [item.field, item.old],
        [item.field, item.new],
      ];
    case 'replaced':
      return [[item.field, item.value]];
    case 'created':
      return item.fields.map((f) => [f.field, f.value]);
    default:
      return [];
  }
}

/**
 * Reads and merges a record's history (the newest `historyReadLimit` audit entries of each
 * record). A case's history is its family's: every change to the case and to its parties, goods
 * lines, shipments, proofs, deadlines, notes, attachments and requests, removed ones included.
 */
export async function loadRecordHistory(db: AttacheDb, table: RecordTable, recordId: string): Promise<RecordHistory> {
  // No transaction over the whole family: the view is live (a change between two reads shows at
  // the next run), and one read transaction over every table committed early in Chromium
  // (PrematureCommitError) while its nested reads were awaited.
  const family = table === 'cases' ? await loadCaseFamily(db, recordId) : [];
  const members: (LineRecord & { row?: Readonly<Record<string, unknown>> })[] =
    family.length > 0 ? family.map((r) => ({ table: r.table, recordId: r.id, row: r.row })) : [{ table, recordId }];
  const ids = [...new Set(members.map((m) => m.recordId))];
  const [logs, histories] = await Promise.all([
    Promise.all(ids.map((id) => db.changeLog.where('recordId').equals(id).reverse().limit(historyReadLimit).toArray())),
    db.fieldHistory.where('recordId').anyOf(ids).toArray(),
  ]);
  const changeLog = logs.flat().sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  const items = buildRecordHistory(members, changeLog, histories.filter((entry) => entry.deleted === 0));

  const caseIds = new Set<string>(table === 'cases' ? [recordId] : []);
  for (const m of members) for (const id of caseIdsIn(m.table, 'caseId', m.row?.caseId)) caseIds.add(id);
  for (const item of items) for (const [field, value] of valuesOf(item)) caseIdsIn(item.table, field, value).forEach((id) => caseIds.add(id));
  const cases = await loadCaseRefs(db, caseIds);
  const records = new Map<string, NamedRecord>();
  for (const m of members) {
    const caseId = m.table === 'cases' ? m.recordId : typeof m.row?.caseId === 'string' ? m.row.caseId : null;
    const caseRef: CaseRef | null = caseId ? (cases.get(caseId) ?? null) : null;
    records.set(recordKey(m.table, m.recordId), { table: m.table, row: m.row, caseRef, deleted: m.row?.deleted === 1 });
  }
  return { items, records, refs: recordRefs(cases) };
}
