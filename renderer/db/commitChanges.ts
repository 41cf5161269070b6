import type { SyncedTable } from '../../shared/domain';
import type { Hlc, StoredRow } from '../../shared/sync';
import type { AttacheDb } from './AttacheDb';
import { clockFor } from './clockState';
import { planCommit, type Change, type CommitContext, type StoredRecord, type StoredRecords } from './planCommit';
import { stampProperty } from './recordSealing';
import type { Table } from 'dexie';
import { clocksOf } from './rowClocks';
import type { ChangeLogEntry, MetaEntry, OutboxEntry } from './types';

export type { Change, CommitContext, PutChange } from './planCommit';

type Row = StoredRow<Record<string, unknown>>;
const lastHlcKey = 'lastHlc';
const lastMutationIdKey = 'lastMutationId';

/**
 * The one way to write synced records. In ONE read-write transaction it:
 * - merges each `put` over the stored record, validates it with the shared zod schema and checks
 *   status moves with the shared state machine (`RecordValidationError`, `StatusTransitionError`,
 *   `RecordMissingError` for edits/deletes of missing or deleted records);
 * - stores the rows (deletes become tombstones), each with its per-field clocks, every changed
 *   field stamped `{ v, hlc }`;
 * - appends one outbox entry per changed record, shaped as a push mutation (changed fields only,
 *   `base` = the previous `v` of each), with mutation ids counting up by 1 without gaps;
 * - appends one changeLog (audit) entry per changed record with old and new values.
 * Records with `createdAt`/`updatedAt` (cases, requests, meetings…) get `updatedAt` = now on every
 * real change, and `createdAt` = now when a new one omits it.
 * Either all of this is written or, on any error, nothing is. An edit that changes nothing is dropped.
 */
export async function commitChanges(db: AttacheDb, changes: readonly Change[], ctx: CommitContext): Promise<void> {
  if (changes.length === 0) return;
  const scope = scopeOf(db, changes);
  if (db.sealed && changes.length >= presealMinChanges && (await commitPresealed(db, changes, ctx, scope))) return;
  await db.transaction('rw', scope.stores, async () => {
    const writes = prepareWrites(db, changes, ctx, await readSnapshot(db, scope));
    if (writes) await applyWrites(db, writes);
  });
}

/**
 * From this many changes on (an import, a bulk edit), records are sealed with WebCrypto before the
 * write transaction instead of by the synchronous cipher inside it (several times faster).
 */
export const presealMinChanges = 200;

/**
 * A large commit in three steps: read what it builds on (a read transaction), prepare and seal
 * the writes outside any transaction (WebCrypto cannot run inside one), then, in the write
 * transaction, write only if nothing changed meanwhile (optimistic: another window or the sync
 * engine may have committed). "Nothing changed" is checked by `writeVersions`, not by reading the
 * rows again (50k lookups). After a few lost races it gives up (`false`) and the caller commits
 * the ordinary way.
 */
async function commitPresealed(db: AttacheDb, changes: readonly Change[], ctx: CommitContext, scope: Scope): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [seen, versions] = await db.transaction('r', scope.stores, () => Promise.all([readSnapshot(db, scope), writeVersions(db, scope)]));
    const writes = prepareWrites(db, changes, ctx, seen);
    if (!writes) return true;
    await Promise.all([
      ...[...writes.rows].map(([table, rows]) => db.preseal(table, rows)),
      db.preseal('outbox', writes.outbox),
      db.preseal('changeLog', writes.changeLog),
    ]);
    const written = await db.transaction('rw', scope.stores, async () => {
      if ((await writeVersions(db, scope)) !== versions) return false;
      await applyWrites(db, writes);
      return true;
    });
    if (written) return true;
  }
  return false;
}

/**
 * Where the tables a commit reads stand: per table its highest write stamp (every put raises it:
 * recordSealing.ts `stampProperty`) and row count (a row removed outright lowers it), and the
 * counters in meta. Equal twice means no write in between touched them. Sealed databases only.
 */
async function writeVersions(db: AttacheDb, { idsByTable }: Scope): Promise<string> {
  const tables = [...idsByTable.keys()].map((t) => db.table(t));
  const [meta, ...perTable] = await Promise.all([
    db.meta.bulkGet([lastHlcKey, lastMutationIdKey]),
    ...tables.map((table) => Promise.all([table.orderBy(stampProperty).reverse().limit(1).keys(), table.count()])),
  ]);
  return JSON.stringify([meta.map((m) => m?.value), perTable]);
}

interface Scope {
  idsByTable: Map<SyncedTable, string[]>;
  stores: Table[];
}

function scopeOf(db: AttacheDb, changes: readonly Change[]): Scope {
  const idsByTable = new Map<SyncedTable, string[]>();
  for (const change of changes) {
    const ids = idsByTable.get(change.table);
    if (ids) ids.push(change.id);
    else idsByTable.set(change.table, [change.id]);
  }
  const tables = [...idsByTable.keys()].map((t) => db.table(t));
  return { idsByTable, stores: [...tables, db.outbox, db.changeLog, db.meta] };
}

/** What a commit builds on: the counters in meta and the stored rows with their clocks. */
interface Snapshot {
  lastHlc: Hlc | undefined;
  lastMutationId: number;
  stored: StoredRecords;
}

/** Reads existing rows, with their clocks, once per table, so a batch costs about as much as the raw writes it makes. */
async function readSnapshot(db: AttacheDb, { idsByTable }: Scope): Promise<Snapshot> {
  const [metaRows, ...storedRows] = await Promise.all([
    db.meta.bulkGet([lastHlcKey, lastMutationIdKey]),
    ...[...idsByTable].map(([table, ids]) => db.table<Row, string>(table).bulkGet(ids)),
  ]);
  const stored: StoredRecords = new Map();
  [...idsByTable].forEach(([table, ids], t) => {
    const rows = storedRows[t] as (Row | undefined)[];
    const records = new Map<string, StoredRecord | undefined>();
    ids.forEach((id, i) => {
      const row = rows[i];
      records.set(id, row ? { row, clocks: clocksOf(row) } : undefined);
    });
    stored.set(table, records);
  });
  return { lastHlc: metaRows[0]?.value as Hlc | undefined, lastMutationId: (metaRows[1]?.value as number | undefined) ?? 0, stored };
}

interface Writes {
  rows: Map<SyncedTable, Row[]>;
  outbox: OutboxEntry[];
  changeLog: ChangeLogEntry[];
  meta: MetaEntry[];
}

/** The rows (with their clocks), outbox and audit entries and counters a commit writes; `null` if nothing changes. */
function prepareWrites(db: AttacheDb, changes: readonly Change[], ctx: CommitContext, snapshot: Snapshot): Writes | null {
  const at = ctx.now?.() ?? new Date();
  const clock = clockFor(db, ctx.deviceId, snapshot.lastHlc, () => (ctx.now?.() ?? new Date()).getTime());
  const plan = planCommit(changes, snapshot.stored, clock, ctx, at);
  if (plan.outbox.length === 0) return null;
  let mutationId = snapshot.lastMutationId;
  const outbox: OutboxEntry[] = plan.outbox.map((entry) => ({ ...entry, mutationId: ++mutationId }) as OutboxEntry);
  return {
    rows: new Map([...plan.rows].map(([table, rows]) => [table, [...rows.values()] as Row[]])),
    outbox,
    changeLog: plan.changeLog,
    meta: [
      { key: lastHlcKey, value: outbox[outbox.length - 1]!.hlc },
      { key: lastMutationIdKey, value: mutationId },
    ],
  };
}

function applyWrites(db: AttacheDb, writes: Writes): Promise<unknown> {
  return Promise.all([
    ...[...writes.rows].map(([table, rows]) => db.table<Row, string>(table).bulkPut(rows)),
    db.outbox.bulkAdd(writes.outbox),
    db.changeLog.bulkAdd(writes.changeLog),
    db.meta.bulkPut(writes.meta),
  ]);
}
