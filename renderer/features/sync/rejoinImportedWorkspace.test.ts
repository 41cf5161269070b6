import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { createEnrollmentCode } from '../../../server/services/enrollment';
import { addMember, createWorkspace } from '../../../server/services/workspaces';
import { enrollTestDevice, useSyncTestServer, type TestDevice } from '../../../test/fixtures/syncTestServer';
import { commitChanges, newId, workspaceDbName, type AttacheDb, type Change } from '../../db';
import { makeTestDb, newTestDataKey } from '../../db/testDb';
import { exportWorkspaceFile, importWorkspaceFile } from '../../workspaceFile';
import { connectDevice } from './connectDevice';
import { createSyncClient } from './syncClient';
import { createSyncEngine } from './syncEngine';

// A laptop that received a workspace file of W, with no network, later connects to W itself.
const running = useSyncTestServer();
const passphrase = 'ngựa vằn Geneva tàu hoả 47';

const syncOnce = (device: TestDevice) =>
  createSyncEngine({ db: device.db, client: createSyncClient({ baseUrl: running.baseUrl, token: device.settings.token }), deviceId: device.settings.deviceId }).syncOnce();
const commit = (device: TestDevice, changes: Change[]) => commitChanges(device.db, changes, { actor: device.settings.member.name, deviceId: device.settings.deviceId });

async function serverRow(id: string) {
  const [row] = await running.server.sql.query<{ fields: Record<string, unknown>; version: unknown }>('SELECT fields::jsonb AS fields, version FROM rows WHERE id = $1', [id]);
  return row;
}

async function enrollLocal(workspaceId: string, local: AttacheDb, factory: IDBFactory) {
  const member = await addMember(running.server.sql, { workspaceId, name: 'Trần Thị Bình', role: 'member' });
  const { code } = await createEnrollmentCode(running.server.sql, { memberId: member.id });
  // One key for the enrolled workspace's database, however often it is opened.
  const dataKey = newTestDataKey();
  const openDb = async (id: string) => {
    const db = makeTestDb(workspaceDbName(id), { dataKey }, factory);
    await db.open();
    return db;
  };
  const connected = await connectDevice({ serverUrl: running.baseUrl, code, deviceName: 'B', current: { workspaceId: 'local', db: local } }, { openDb });
  const db = await openDb(workspaceId);
  return { ...connected, device: { db, factory, settings: connected.settings, memberId: member.id } satisfies TestDevice };
}

describe('a workspace file imported, then the device connects to the same workspace', () => {
  it('sends the unsent changes it carried and its own, and never sends the file’s older values over newer ones', async () => {
    const ws = (await createWorkspace(running.server.sql, { name: 'Washington office' })).id;
    const a = await enrollTestDevice(running, ws, 'Nguyễn Văn An');
    const c = await enrollTestDevice(running, ws, 'Lê Văn Cường');
    const { id: _id, ...fields } = sampleRecords.cases;
    const id = newId();
    await commit(a, [{ table: 'cases', id, op: 'put', fields }]);
    await syncOnce(a);
    await commit(a, [{ table: 'cases', id, op: 'put', fields: { summary: 'Unsent on A when it exported' } }]);
    const { bytes } = await exportWorkspaceFile(a.db, { workspaceId: ws, workspaceName: 'Washington office' }, passphrase, { iterations: 1000 });

    // After the export, someone else edits the case on the server.
    await syncOnce(c);
    await commit(c, [{ table: 'cases', id, op: 'put', fields: { title: 'Title edited on C after the export' } }]);
    await syncOnce(c);

    const factory = new IDBFactory();
    const local = makeTestDb(workspaceDbName('local'), {}, factory);
    await local.open();
    await importWorkspaceFile(local, bytes, passphrase);
    const typed = newId();
    await commitChanges(local, [{ table: 'cases', id: typed, op: 'put', fields: { ...fields, reference: '2026-K7QX-0043', title: 'Typed on B before connecting' } }], { actor: 'Trần Thị Bình', deviceId: 'b-local' });

    const { adopted, device: b } = await enrollLocal(ws, local, factory);
    expect(adopted).toMatchObject({ queued: 2 });
    expect((await b.db.outbox.toArray()).map((e) => e.id)).toEqual([id, typed]);
    expect((await syncOnce(b)).phase).toBe('upToDate');

    const onServer = await serverRow(id);
    expect(onServer?.fields).toMatchObject({ title: 'Title edited on C after the export', summary: 'Unsent on A when it exported' });
    expect((await serverRow(typed))?.fields.title).toBe('Typed on B before connecting');
    expect(await b.db.cases.get(id)).toMatchObject({ title: 'Title edited on C after the export', summary: 'Unsent on A when it exported', version: Number(onServer?.version) });

    // A sends the same change itself later: the server already has it from A, and keeps it.
    expect((await syncOnce(a)).phase).toBe('upToDate');
    expect((await serverRow(id))?.fields).toMatchObject({ title: 'Title edited on C after the export', summary: 'Unsent on A when it exported' });
    const [conflicts] = await running.server.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM rows WHERE workspace_id = $1 AND tbl = 'conflicts'", [ws]);
    expect(conflicts?.n).toBe(0);
    for (const db of [a.db, b.db, c.db, local]) db.close();
  });
});
