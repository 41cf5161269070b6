import { recordTables, type RecordTable } from '../../../shared/domain';
import type { Hlc, StoredRow } from '../../../shared/sync';
import type { AttacheDb } from '../../db/AttacheDb';
import { clockFor } from '../../db/clockState';
import { withClocks } from '../../db';
import type { ChangeLogEntry, OutboxEntry, ViewLogEntry } from '../../db/types';
import { loadImportedWorkspace } from '../../workspaceFile';
import { rejoinImportedWorkspace } from './rejoinImportedWorkspace';
import { loadSyncSettings } from './syncSettings';
import { syncMetaKeys } from './syncState';

type Row = StoredRow<Record<string, unknown>>;

export interface AdoptResult {
  /** Live records queued in the outbox as creates. */
  queued: number;
  /** Rows copied, tombstones included. */
  copied: number;
}

/**
 * Moves the work done before enrollment (workspace `from`, normally `local`) into the enrolled
 * workspace `to`, so nothing typed before connecting is lost:
 * - every row of the tables people write is copied (tombstones too, so the audit still points at
 *   them) with version 0 and fresh per-field clocks stamped with the enrolled device's id, since
 *   the server only knows that device;
 * - every live record is queued in the outbox as a create (all its fields, no `base`), with
 *   mutation ids continuing `to`'s counter without a gap;
 * - the change log and view log (audit) of those records and the imported HS nomenclature are
 *   copied; the views as unsent, so the next sync reports them to the server;
 * - the bytes of attached files and of risk-list packs (`shared/riskLists/riskListPack.ts`) are
 *   copied and queued for upload: the server has never seen them.
 * All writes to `to` happen in ONE transaction: either everything is adopted or nothing. Records
 * already in `to` are left alone, so running it again (after a crash before `from` was deleted)
 * adds nothing twice. `from` is only read; deleting it is the caller's job once this resolved.
 * Server-authored tables (conflicts, field history) are not adopted: only the server writes them.
 * Records a workspace file brought from the workspace now enrolled are that workspace's own, and
 * are reconciled instead (`rejoinImportedWorkspace`).
 * Throws when `to` holds no enrollment (its device id is needed for the clocks).
 */
export async function adoptLocalWorkspace(from: AttacheDb, to: AttacheDb, now: () => Date = () => new Date()): Promise<AdoptResult> {
  const settings = await loadSyncSettings(to);
  if (!settings) throw new Error(`adoptLocalWorkspace: ${to.name} holds no enrollment`);
  const deviceId = settings.deviceId;
  if ((await loadImportedWorkspace(from))?.workspaceId === settings.workspace.id) return rejoinImportedWorkspace(from, to, deviceId, now);

  const sourceTables = [...recordTables.map((t) => from.table(t)), from.changeLog, from.viewLog, from.hsCodes, from.blobs];
  const source = await from.transaction('r', sourceTables, async () => ({
    rows: await Promise.all(recordTables.map((t) => from.table<Row, string>(t).toArray())),
    changeLog: await from.changeLog.orderBy('seq').toArray(),
    viewLog: await from.viewLog.toArray(),
    hsCodes: await from.hsCodes.toArray(),
    blobs: await from.blobs.toArray(),
  }));

  const targetTables = [...recordTables.map((t) => to.table(t)), to.outbox, to.changeLog, to.viewLog, to.meta, to.hsCodes, to.blobs, to.blobUploads];
  return to.transaction('rw', targetTables, async () => {
    const present = await Promise.all(
      recordTables.map((t, i) => to.table<Row, string>(t).bulkGet(source.rows[i]!.map((row) => row.id as string))),
    );
    const [lastHlc, lastMutationId] = await to.meta.bulkGet([syncMetaKeys.lastHlc, syncMetaKeys.lastMutationId]);
    const at = now();
    const clock = clockFor(to, deviceId, lastHlc?.value as Hlc | undefined, () => now().getTime());
    let mutationId = (lastMutationId?.value as number | undefined) ?? 0;
    const outbox: OutboxEntry[] = [];
    const adoptedIds = new Set<string>();
    let hlc: Hlc | undefined = lastHlc?.value as Hlc | undefined;
    let copied = 0;

    const adoptRow = (table: RecordTable, row: Row): Row => {
      const { id, version: _version, deleted, clocks: _clocks, ...fields } = row;
      const stamp = clock.tick();
      hlc = stamp;
      const fieldClocks = Object.fromEntries(Object.keys(fields).map((key) => [key, { v: 0, hlc: stamp }]));
      adoptedIds.add(id as string);
      if (deleted === 0) {
        outbox.push({ mutationId: ++mutationId, table, id: id as string, op: 'put', fields, hlc: stamp, createdAt: at.toISOString() });
      }
      return withClocks({ ...row, version: 0 }, fieldClocks);
    };

    for (const [i, table] of recordTables.entries()) {
      const rows = source.rows[i]!.filter((_, r) => present[i]![r] === undefined);
      if (rows.length === 0) continue;
      const adopted = rows.map((row) => adoptRow(table, row));
      await to.table<Row, string>(table).bulkPut(adopted);
      copied += adopted.length;
    }

    // Audit entries keep their author, time and original device; their numbering is the target's.
    const changeLog: ChangeLogEntry[] = source.changeLog
      .filter((entry) => adoptedIds.has(entry.recordId))
      .map(({ seq: _seq, ...entry }) => entry);
    // Views keep their ids (the server's idempotency key), so running again adds none twice.
    const viewLog: ViewLogEntry[] = source.viewLog.filter((entry) => adoptedIds.has(entry.recordId)).map((entry) => ({ ...entry, sent: 0 }));
    await Promise.all([
      outbox.length > 0 ? to.outbox.bulkAdd(outbox) : undefined,
      changeLog.length > 0 ? to.changeLog.bulkAdd(changeLog) : undefined,
      viewLog.length > 0 ? to.viewLog.bulkPut(viewLog) : undefined,
      source.hsCodes.length > 0 ? to.hsCodes.bulkPut(source.hsCodes) : undefined,
      source.blobs.length > 0 ? to.blobs.bulkPut(source.blobs) : undefined,
      source.blobs.length > 0 ? to.blobUploads.bulkPut(source.blobs.map(({ sha256 }) => ({ sha256, queuedAt: at.toISOString() }))) : undefined,
      to.meta.bulkPut([
        ...(hlc ? [{ key: syncMetaKeys.lastHlc, value: hlc }] : []),
        { key: syncMetaKeys.lastMutationId, value: mutationId },
      ]),
    ]);
    return { queued: outbox.length, copied };
  });
}

/** Whether a workspace holds any record people wrote (live or deleted), i.e. whether adopting it matters. */
export async function hasLocalRecords(db: AttacheDb): Promise<boolean> {
  for (const table of recordTables) if ((await db.table(table).count()) > 0) return true;
  return false;
}
