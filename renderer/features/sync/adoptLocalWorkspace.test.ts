import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHlc } from '../../../shared/sync';
import { makeCase, makeParty } from '../../../test/fixtures/makeCase';
import type { AttacheDb } from '../../db/AttacheDb';
import { commitChanges } from '../../db/commitChanges';
import { makeTestDb } from '../../db/testDb';
import { clocksOf } from '../../db/rowClocks';
import { adoptLocalWorkspace, hasLocalRecords } from './adoptLocalWorkspace';
import { saveSyncSettings, type SyncSettings } from './syncSettings';

const localDevice = '0190f0aa-1111-4222-8333-444455556666';
const serverDevice = 'dev-server-7';
const ctx = { actor: 'Nguyễn Văn An', deviceId: localDevice, now: () => new Date('2026-03-02T09:00:00.000Z') };
const settings: SyncSettings = {
  serverUrl: 'http://127.0.0.1:8787',
  deviceId: serverDevice,
  token: 't',
  workspace: { id: 'ws1', name: 'Washington office' },
  member: { id: 'm1', name: 'Nguyễn Văn An', role: 'member' },
};

let local: AttacheDb;
let workspace: AttacheDb;
beforeEach(async () => {
  const factory = new IDBFactory();
  local = makeTestDb('attache-ws-local', {}, factory);
  workspace = makeTestDb('attache-ws-ws1', {}, factory);
  await Promise.all([local.open(), workspace.open()]);
});
afterEach(() => {
  local.close();
  workspace.close();
});

async function seedLocalWork() {
  const kase = makeCase();
  const party = makeParty(kase.id);
  const dropped = makeCase();
  await commitChanges(
    local,
    [
      { table: 'cases', id: kase.id, op: 'put', fields: kase },
      { table: 'parties', id: party.id, op: 'put', fields: party },
      { table: 'cases', id: dropped.id, op: 'put', fields: dropped },
    ],
    ctx,
  );
  await commitChanges(local, [{ table: 'cases', id: kase.id, op: 'put', fields: { title: 'Edited before enrolling' } }], ctx);
  await commitChanges(local, [{ table: 'cases', id: dropped.id, op: 'delete' }], ctx);
  await local.hsCodes.put({ code: '4412', description: 'Plywood', parent: '44', level: 4, section: 'IX' });
  const view = { id: '0190f0aa-0000-7000-8000-0000000000b1', at: '2026-03-02T09:05:00.000Z', actor: ctx.actor, deviceId: localDevice, table: 'cases' as const, recordId: kase.id, sent: 0 as const };
  await local.viewLog.add(view);
  return { kase, party, dropped, view };
}

describe('adoptLocalWorkspace', () => {
  it('queues every live record as one create with its latest values, numbered after the enrollment', async () => {
    const { kase, party } = await seedLocalWork();
    await saveSyncSettings(workspace, settings);

    const result = await adoptLocalWorkspace(local, workspace);

    expect(result).toEqual({ queued: 2, copied: 3 });
    const outbox = await workspace.outbox.orderBy('mutationId').toArray();
    expect(outbox.map((e) => [e.mutationId, e.table, e.id, e.op])).toEqual([
      [1, 'cases', kase.id, 'put'],
      [2, 'parties', party.id, 'put'],
    ]);
    expect(outbox[0]!.base).toBeUndefined();
    expect(outbox[0]!.fields).toMatchObject({ title: 'Edited before enrolling', reference: kase.reference });
    expect(outbox[0]!.fields).not.toHaveProperty('version');
    expect(outbox[0]!.fields).not.toHaveProperty('deleted');
    // The server knows the enrolled device only: every clock names it.
    for (const entry of outbox) expect(parseHlc(entry.hlc).deviceId).toBe(serverDevice);
    const clocks = clocksOf((await workspace.cases.get(kase.id))!);
    expect(Object.keys(clocks)).toContain('title');
    expect(Object.values(clocks).every((c) => c.v === 0 && c.hlc === outbox[0]!.hlc)).toBe(true);
    expect((await workspace.meta.get('lastMutationId'))?.value).toBe(2);
  });

  it('keeps deleted records deleted, with their audit, and sends nothing for them', async () => {
    const { dropped, view } = await seedLocalWork();
    await saveSyncSettings(workspace, settings);
    await adoptLocalWorkspace(local, workspace);

    expect((await workspace.cases.get(dropped.id))?.deleted).toBe(1);
    expect(await workspace.outbox.where('mutationId').above(0).filter((e) => e.id === dropped.id).count()).toBe(0);
    const audit = await workspace.changeLog.toArray();
    expect(audit.map((e) => e.op).sort()).toEqual(['create', 'create', 'create', 'delete', 'update']);
    expect(audit.every((e) => e.deviceId === localDevice && e.actor === 'Nguyễn Văn An')).toBe(true);
    // Openings before enrolling are audit too: adopted unsent, for the next sync to report.
    expect(await workspace.viewLog.toArray()).toEqual([view]);
    expect(await workspace.hsCodes.get('4412')).toMatchObject({ description: 'Plywood' });
  });

  it('continues the outbox after changes already waiting in the workspace', async () => {
    await seedLocalWork();
    await saveSyncSettings(workspace, settings);
    const mine = makeCase();
    await commitChanges(workspace, [{ table: 'cases', id: mine.id, op: 'put', fields: mine }], { ...ctx, deviceId: serverDevice });

    await adoptLocalWorkspace(local, workspace);

    const ids = (await workspace.outbox.orderBy('mutationId').toArray()).map((e) => e.mutationId);
    expect(ids).toEqual([1, 2, 3]);
  });

  it('adopts nothing twice when run again after an interruption', async () => {
    await seedLocalWork();
    await saveSyncSettings(workspace, settings);
    await adoptLocalWorkspace(local, workspace);
    const again = await adoptLocalWorkspace(local, workspace);

    expect(again).toEqual({ queued: 0, copied: 0 });
    expect(await workspace.outbox.count()).toBe(2);
    expect(await workspace.changeLog.count()).toBe(5);
    expect(await workspace.viewLog.count()).toBe(1);
  });

  it('brings the bytes of files (attachments, risk-list packs) and queues them for upload, which the server never had', async () => {
    await seedLocalWork();
    const sha256 = 'ab'.repeat(32);
    await local.blobs.put({ sha256, size: 3, bytes: new Uint8Array([1, 2, 3]) });
    await saveSyncSettings(workspace, settings);
    await adoptLocalWorkspace(local, workspace);

    expect(await workspace.blobs.get(sha256)).toMatchObject({ size: 3, bytes: new Uint8Array([1, 2, 3]) });
    expect(await workspace.blobUploads.toCollection().primaryKeys()).toEqual([sha256]);
  });

  it('refuses a workspace that is not enrolled, writing nothing', async () => {
    await seedLocalWork();
    await expect(adoptLocalWorkspace(local, workspace)).rejects.toThrow(/no enrollment/);
    expect(await hasLocalRecords(workspace)).toBe(false);
    expect(await hasLocalRecords(local)).toBe(true);
  });
});
