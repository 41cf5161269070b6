import type { SyncedTable } from '../../shared/domain';
import type { Hlc, StoredRow } from '../../shared/sync';
import type { AttacheDb } from './AttacheDb';
import { clockFor } from './clockState';
import { planCommit, type Change, type CommitContext, type StoredRecord, type StoredRecords } from './planCommit';
import type { FieldMetaEntry, FieldMetaKey, MetaEntry, OutboxEntry } from './types';

export type { Change, CommitContext } from './planCommit';

type Row = StoredRow<Record<string, unknown>>;
const lastHlcKey = 'lastHlc';
const lastMutationIdKey = 'lastMutationId';

/**
 * The one way to write synced records. In ONE read-write transaction it:
 * - merges each `put` over the stored record, validates it with the shared zod schema and checks
 *   status moves with the shared state machine (`RecordValidationError`, `StatusTransitionError`,
 *   `RecordMissingError` for edits/deletes of missing or deleted records);
 * - stores the rows (deletes become tombstones) and, in the `fieldMeta` table, their per-field
 *   clocks with every changed field stamped `{ v, hlc }`;
 * - appends one outbox entry per changed record, shaped as a push mutation (changed fields only,
 *   `base` = the previous `v` of each), with mutation ids counting up by 1 without gaps;
 * - appends one changeLog (audit) entry per changed record with old and new values.
 * Records with `createdAt`/`updatedAt` (cases, requests, meetings…) get `updatedAt` = now on every
 * real change, and `createdAt` = now when a new one omits it.
 * Either all of this is written or, on any error, nothing is. An edit that changes nothing is dropped.
 * Reads existing rows once per table, then the clocks of the rows found in one read, and writes
 * with bulk operations, so a batch costs about as much as the raw writes it makes.
 */
export async function commitChanges(db: AttacheDb, changes: readonly Change[], ctx: CommitContext): Promise<void> {
  if (changes.length === 0) return;
  const idsByTable = new Map<SyncedTable, string[]>();
  for (const change of changes) {
    const ids = idsByTable.get(change.table);
    if (ids) ids.push(change.id);
    else idsByTable.set(change.table, [change.id]);
  }
  const tables = [...idsByTable.keys()].map((t) => db.table(t));

  await db.transaction('rw', [...tables, db.fieldMeta, db.outbox, db.changeLog, db.meta], async () => {
    const [metaRows, ...storedRows] = await Promise.all([
      db.meta.bulkGet([lastHlcKey, lastMutationIdKey]),
      ...[...idsByTable].map(([table, ids]) => db.table<Row, string>(table).bulkGet(ids)),
    ]);
    // Clocks are read only for rows that exist: a batch of new records (an import) reads none.
    const clockKeys: FieldMetaKey[] = [];
    [...idsByTable].forEach(([table, ids], t) => {
      const rows = storedRows[t] as (Row | undefined)[];
      ids.forEach((id, i) => {
        if (rows[i]) clockKeys.push([table, id]);
      });
    });
    const storedClocks = clockKeys.length > 0 ? await db.fieldMeta.bulkGet(clockKeys) : [];
    const stored: StoredRecords = new Map();
    let k = 0;
    [...idsByTable].forEach(([table, ids], t) => {
      const rows = storedRows[t] as (Row | undefined)[];
      const records = new Map<string, StoredRecord | undefined>();
      ids.forEach((id, i) => {
        const row = rows[i];
        records.set(id, row ? { row, clocks: storedClocks[k++]?.fields ?? {} } : undefined);
      });
      stored.set(table, records);
    });

    const at = ctx.now?.() ?? new Date();
    const lastHlc = metaRows[0]?.value as Hlc | undefined;
    const clock = clockFor(db, ctx.deviceId, lastHlc, () => (ctx.now?.() ?? new Date()).getTime());
    const plan = planCommit(changes, stored, clock, ctx, at);
    if (plan.outbox.length === 0) return;

    let mutationId = (metaRows[1]?.value as number | undefined) ?? 0;
    const outbox: OutboxEntry[] = plan.outbox.map((entry) => ({ ...entry, mutationId: ++mutationId }) as OutboxEntry);
    const meta: MetaEntry[] = [
      { key: lastHlcKey, value: outbox[outbox.length - 1]!.hlc },
      { key: lastMutationIdKey, value: mutationId },
    ];
    const clocks: FieldMetaEntry[] = [];
    for (const entries of plan.fieldMeta.values()) for (const entry of entries.values()) clocks.push(entry);
    await Promise.all([
      ...[...plan.rows].map(([table, rows]) => db.table<Row, string>(table).bulkPut([...rows.values()])),
      db.fieldMeta.bulkPut(clocks),
      db.outbox.bulkAdd(outbox),
      db.changeLog.bulkAdd(plan.changeLog),
      db.meta.bulkPut(meta),
    ]);
  });
}
