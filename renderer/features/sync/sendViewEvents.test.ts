import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { commitChanges, newId, type AttacheDb, type ViewLogEntry } from '../../db';
import { revokeDevice } from '../../../server/services/devices';
import { createWorkspace } from '../../../server/services/workspaces';
import { sendViewEvents } from './sendViewEvents';
import { createSyncClient, type FetchLike, type SyncClient } from './syncClient';
import { createSyncEngine, type SyncEngine } from './syncEngine';
import type { SyncSettings } from './syncSettings';
import { enrollTestDevice, useSyncTestServer } from '../../../test/fixtures/syncTestServer';

const running = useSyncTestServer();

interface Network {
  offline: boolean;
  /** Let the next n audit requests reach the server, then lose their answers. */
  dropAuditAnswers: number;
  /** Answer audit requests as a server without the endpoint does. */
  oldServer: boolean;
  auditRequests: number;
}

interface Device {
  db: AttacheDb;
  settings: SyncSettings;
  client: SyncClient;
  engine: SyncEngine;
  net: Network;
  memberId: string;
}

async function enrolledDevice(): Promise<Device> {
  const { id: workspaceId } = await createWorkspace(running.server.sql, { name: 'Washington office' });
  const net: Network = { offline: false, dropAuditAnswers: 0, oldServer: false, auditRequests: 0 };
  const networked: FetchLike = async (url, init) => {
    if (net.offline) throw new TypeError('fetch failed');
    if (url.endsWith('/v1/audit-events')) {
      net.auditRequests += 1;
      if (net.oldServer) return Response.json({ error: { code: 'not_found', message: 'No route' } }, { status: 404 });
      if (net.dropAuditAnswers > 0) {
        net.dropAuditAnswers -= 1;
        await fetch(url, init);
        throw new TypeError('connection reset');
      }
    }
    return fetch(url, init);
  };
  const { db, settings, memberId } = await enrollTestDevice(running, workspaceId, 'Nguyễn Văn An', { fetch: networked });
  const client = createSyncClient({ baseUrl: running.baseUrl, token: settings.token, fetch: networked });
  const engine = createSyncEngine({ db, client, deviceId: settings.deviceId, retry: { baseMs: 60_000, maxMs: 60_000 } });
  return { db, settings, client, engine, net, memberId };
}

async function newCase(device: Device): Promise<string> {
  const { id: _id, ...fields } = sampleRecords.cases;
  const id = newId();
  await commitChanges(device.db, [{ table: 'cases', id, op: 'put', fields }], { actor: 'Nguyễn Văn An', deviceId: device.settings.deviceId });
  return id;
}

async function logView(device: Device, recordId: string): Promise<ViewLogEntry> {
  const entry: ViewLogEntry = {
    id: newId(),
    at: new Date().toISOString(),
    actor: 'Nguyễn Văn An',
    deviceId: device.settings.deviceId,
    table: 'cases',
    recordId,
    sent: 0,
  };
  await device.db.viewLog.add(entry);
  return entry;
}

const serverViews = (device: Device) =>
  running.server.sql.query<{ actor: string; device_id: string; client_event_id: string }>(
    `SELECT actor, device_id, client_event_id FROM audit_events WHERE workspace_id = $1 AND action = 'record.view' ORDER BY id`,
    [device.settings.workspace.id],
  );
const unsent = (device: Device) => device.db.viewLog.where('sent').equals(0).count();

describe('view events reach the server audit log with sync', () => {
  it('are sent after the outbox is pushed, as the authenticated member, and marked sent', async () => {
    const device = await enrolledDevice();
    const caseId = await newCase(device);
    const view = await logView(device, caseId);
    expect((await device.engine.syncOnce()).phase).toBe('upToDate');
    expect(await serverViews(device)).toEqual([{ actor: `member:${device.memberId}`, device_id: device.settings.deviceId, client_event_id: view.id }]);
    expect(await device.db.viewLog.get(view.id)).toEqual({ ...view, sent: 1 });

    // Nothing unsent: a sync does not call the endpoint at all.
    const before = device.net.auditRequests;
    await device.engine.syncOnce();
    expect(device.net.auditRequests).toBe(before);
  });

  it('carry an export of a case as the server action record.export', async () => {
    const device = await enrolledDevice();
    const caseId = await newCase(device);
    const view = await logView(device, caseId);
    const exported: ViewLogEntry = { ...view, id: newId(), action: 'export' };
    await device.db.viewLog.add(exported);
    expect((await device.engine.syncOnce()).phase).toBe('upToDate');
    const actions = await running.server.sql.query<{ action: string; client_event_id: string }>(
      `SELECT action, client_event_id FROM audit_events WHERE workspace_id = $1 AND client_event_id IS NOT NULL ORDER BY client_event_id`,
      [device.settings.workspace.id],
    );
    expect(actions).toEqual([
      { action: 'record.view', client_event_id: view.id },
      { action: 'record.export', client_event_id: exported.id },
    ]);
  });

  it('stay unsent while offline and go, once, when the network is back', async () => {
    const device = await enrolledDevice();
    const caseId = await newCase(device);
    await device.engine.syncOnce();
    device.net.offline = true;
    await logView(device, caseId);
    await logView(device, caseId);
    expect((await device.engine.syncOnce()).phase).toBe('offline');
    expect(await unsent(device)).toBe(2);
    device.net.offline = false;
    expect((await device.engine.syncOnce()).phase).toBe('upToDate');
    expect(await unsent(device)).toBe(0);
    expect(await serverViews(device)).toHaveLength(2);
  });

  it('are never counted twice when an answer is lost and the batch is sent again', async () => {
    const device = await enrolledDevice();
    const caseId = await newCase(device);
    await device.engine.syncOnce();
    const view = await logView(device, caseId);
    device.net.dropAuditAnswers = 1;
    expect((await device.engine.syncOnce()).phase).toBe('offline');
    expect(await serverViews(device)).toHaveLength(1);
    expect(await unsent(device)).toBe(1);
    expect((await device.engine.syncOnce()).phase).toBe('upToDate');
    expect((await serverViews(device)).map((r) => r.client_event_id)).toEqual([view.id]);
    expect(await device.db.viewLog.get(view.id)).toMatchObject({ sent: 1 });
    expect(await device.db.viewLog.get(view.id)).not.toHaveProperty('rejected');
  });

  it('wait while their record is still in the outbox, and keep the reason when the server refuses one', async () => {
    const device = await enrolledDevice();
    const unpushed = await newCase(device);
    const waiting = await logView(device, unpushed);
    expect(await sendViewEvents(device.db, device.client, device.settings.deviceId)).toBe(0);
    expect(device.net.auditRequests).toBe(0);

    const neverPushed = await logView(device, newId());
    await device.engine.syncOnce();
    expect(await device.db.viewLog.get(waiting.id)).toMatchObject({ sent: 1 });
    expect(await device.db.viewLog.get(neverPushed.id)).toMatchObject({ sent: 1, rejected: 'not_found' });
    expect((await serverViews(device)).map((r) => r.client_event_id)).toEqual([waiting.id]);
  });

  it('are kept for later by a server that predates them, without failing the sync', async () => {
    const device = await enrolledDevice();
    const caseId = await newCase(device);
    await logView(device, caseId);
    device.net.oldServer = true;
    expect((await device.engine.syncOnce()).phase).toBe('upToDate');
    expect(await unsent(device)).toBe(1);
  });

  it('fail the sync as revoked when the device has been revoked', async () => {
    const device = await enrolledDevice();
    const caseId = await newCase(device);
    await device.engine.syncOnce();
    await logView(device, caseId);
    await revokeDevice(running.server.sql, device.settings.deviceId);
    await expect(sendViewEvents(device.db, device.client, device.settings.deviceId)).rejects.toMatchObject({ code: 'device_revoked' });
    expect(await serverViews(device)).toEqual([]);
  });
});
