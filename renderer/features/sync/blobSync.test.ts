import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { commitChanges } from '../../db';
import { createWorkspace } from '../../../server/services/workspaces';
import { attachFile } from '../../attachments';
import { attachmentBytes } from './blobSync';
import { createSyncClient, type FetchLike } from './syncClient';
import { SyncError } from './syncError';
import { createSyncEngine } from './syncEngine';
import { enrollTestDevice, useSyncTestServer } from '../../../test/fixtures/syncTestServer';

const running = useSyncTestServer();

async function device(workspaceId: string, name: string, fetch?: FetchLike) {
  const { db, settings } = await enrollTestDevice(running, workspaceId, name);
  const client = createSyncClient({ baseUrl: running.baseUrl, token: settings.token, fetch });
  const engine = createSyncEngine({ db, client, deviceId: settings.deviceId });
  return { db, client, engine, ctx: { actor: name, deviceId: settings.deviceId } };
}

describe('attachment bytes over sync', () => {
  it('uploads the bytes before the record that names them, and another device downloads and keeps them', async () => {
    const workspaceId = (await createWorkspace(running.server.sql, { name: 'Hanoi office' })).id;
    const a = await device(workspaceId, 'A');
    const b = await device(workspaceId, 'B');
    await commitChanges(a.db, [{ table: 'cases', id: sampleRecords.cases.id, op: 'put', fields: { ...sampleRecords.cases } }], a.ctx);
    const bytes = new TextEncoder().encode('%PDF-1.7 packing list, 40 containers of quartz slabs');
    const id = await attachFile(a.db, sampleRecords.cases.id, { name: 'packing list.pdf', type: 'application/pdf', bytes }, a.ctx);
    const sha256 = (await a.db.attachments.get(id))!.sha256;

    expect(await a.engine.syncOnce()).toMatchObject({ phase: 'upToDate' });
    expect(await a.db.blobUploads.count()).toBe(0);
    expect(await b.engine.syncOnce()).toMatchObject({ phase: 'upToDate' });
    expect((await b.db.attachments.get(id))?.sha256).toBe(sha256);
    expect(await b.db.blobs.get(sha256)).toBeUndefined();

    expect(await attachmentBytes(b.db, b.client, sha256)).toEqual(bytes);
    expect((await b.db.blobs.get(sha256))?.bytes).toEqual(bytes);
    // Kept: the next read needs no server.
    expect(await attachmentBytes(b.db, null, sha256)).toEqual(bytes);
  });

  it('refuses bytes that do not match their hash, and keeps nothing', async () => {
    const workspaceId = (await createWorkspace(running.server.sql, { name: 'Geneva office' })).id;
    const liar: FetchLike = async (url, init) => (url.includes('/v1/blobs/') ? new Response(new Uint8Array([1, 2, 3])) : fetch(url, init));
    const b = await device(workspaceId, 'B', liar);
    const error = await attachmentBytes(b.db, b.client, 'ab'.repeat(32)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).code).toBe('invalid_response');
    expect(await b.db.blobs.count()).toBe(0);
  });
});
