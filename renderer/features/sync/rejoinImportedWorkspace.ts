import { syncedTables, type SyncedTable } from '../../../shared/domain';
import { writerOf, type Hlc, type StoredRow } from '../../../shared/sync';
import type { AttacheDb } from '../../db/AttacheDb';
import { clockFor } from '../../db/clockState';
import { localDeviceIdKey } from '../../db/ids';
import { clocksOf, withClocks } from '../../db';
import type { OutboxEntry } from '../../db/types';
import { importedWorkspaceKey, type ImportedWorkspace } from '../../workspaceFile';
import { syncMetaKeys } from './syncState';

type Row = StoredRow<Record<string, unknown>>;

/**
 * `adoptLocalWorkspace` for a `local` workspace filled from a workspace file of the very workspace
 * now enrolled (renderer/workspaceFile): its rows are that workspace's records as the exporting
 * device held them, with the server's versions and clocks. So they are moved as they are, not
 * re-created (which would stamp the file's old values newer than every edit made on the server
 * since); and only the changes still unsent are queued: the exporting device's (carried in the
 * file) and this device's since the import, each based on the server version it edited, in order,
 * numbered after `to`'s counter. Those made on this device get clocks of the enrolled device (the
 * server knows no other id of it); the exporting device's keep theirs, so when it sends the same
 * change itself the server sees the same writer and value and changes nothing. The cursor stays at
 * 0 (`saveSyncSettings`): the first sync downloads every record, with the unsent changes on top.
 * One transaction, all or nothing; once done (marked in `to`), running it again copies nothing.
 */
export async function rejoinImportedWorkspace(from: AttacheDb, to: AttacheDb, deviceId: string, now: () => Date): Promise<{ queued: number; copied: number }> {
  const tablesOf = (db: AttacheDb) => syncedTables.filter((t) => db.tables.some((declared) => declared.name === t));
  const source = await from.transaction('r', [...tablesOf(from).map((t) => from.table(t)), from.outbox, from.changeLog, from.viewLog, from.hsCodes, from.blobs, from.blobUploads, from.meta], async () => ({
    rows: await Promise.all(tablesOf(from).map(async (table) => [table, await from.table<Row, string>(table).toArray()] as const)),
    outbox: await from.outbox.orderBy('mutationId').toArray(),
    changeLog: await from.changeLog.orderBy('seq').toArray(),
    viewLog: await from.viewLog.toArray(),
    hsCodes: await from.hsCodes.toArray(),
    blobs: await from.blobs.toArray(),
    blobUploads: await from.blobUploads.toArray(),
    meta: await from.meta.bulkGet([importedWorkspaceKey, localDeviceIdKey, syncMetaKeys.lastHlc]),
  }));
  const [imported, localDevice, fromLastHlc] = source.meta.map((entry) => entry?.value) as [ImportedWorkspace | undefined, string | undefined, Hlc | undefined];

  const targets = [...tablesOf(to).map((t) => to.table(t)), to.outbox, to.changeLog, to.viewLog, to.hsCodes, to.blobs, to.blobUploads, to.meta];
  return to.transaction('rw', targets, async () => {
    if (await to.meta.get(importedWorkspaceKey)) return { queued: 0, copied: 0 };
    const [lastHlc, lastMutationId] = await to.meta.bulkGet([syncMetaKeys.lastHlc, syncMetaKeys.lastMutationId]);
    const clock = clockFor(to, deviceId, lastHlc?.value as Hlc | undefined, () => now().getTime());
    if (fromLastHlc) clock.receive(fromLastHlc);

    // This device's own unsent changes take the enrolled device's clocks, and so do their fields.
    const restamped = new Map<Hlc, Hlc>();
    let mutationId = (lastMutationId?.value as number | undefined) ?? 0;
    const outbox: OutboxEntry[] = source.outbox.map((entry) => {
      let hlc = entry.hlc;
      if (localDevice !== undefined && writerOf(hlc) === localDevice) {
        hlc = restamped.get(entry.hlc) ?? clock.tick();
        restamped.set(entry.hlc, hlc);
      }
      return { ...entry, mutationId: ++mutationId, hlc };
    });
    const restampClocks = (row: Row): Row => {
      const clocks = clocksOf(row);
      if (!Object.values(clocks).some((c) => restamped.has(c.hlc))) return row;
      return withClocks(row, Object.fromEntries(Object.entries(clocks).map(([field, c]) => [field, { v: c.v, hlc: restamped.get(c.hlc) ?? c.hlc }])));
    };

    let copied = 0;
    for (const [table, rows] of source.rows as (readonly [SyncedTable, Row[]])[]) {
      if (rows.length === 0 || !tablesOf(to).includes(table)) continue;
      await to.table<Row, string>(table).bulkPut(rows.map(restampClocks));
      copied += rows.length;
    }
    const latest = [lastHlc?.value as Hlc | undefined, fromLastHlc, ...restamped.values()].filter((h): h is Hlc => h !== undefined).sort().at(-1);
    await Promise.all([
      outbox.length > 0 ? to.outbox.bulkAdd(outbox) : undefined,
      source.changeLog.length > 0 ? to.changeLog.bulkAdd(source.changeLog.map(({ seq: _seq, ...entry }) => entry)) : undefined,
      source.viewLog.length > 0 ? to.viewLog.bulkPut(source.viewLog) : undefined,
      source.hsCodes.length > 0 ? to.hsCodes.bulkPut(source.hsCodes) : undefined,
      source.blobs.length > 0 ? to.blobs.bulkPut(source.blobs) : undefined,
      source.blobUploads.length > 0 ? to.blobUploads.bulkPut(source.blobUploads) : undefined,
      to.meta.bulkPut([
        ...(latest ? [{ key: syncMetaKeys.lastHlc, value: latest }] : []),
        { key: syncMetaKeys.lastMutationId, value: mutationId },
        { key: importedWorkspaceKey, value: imported },
      ]),
    ]);
    return { queued: outbox.length, copied };
  });
}
