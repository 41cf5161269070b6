import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { sampleRecords } from '../../../../shared/domain/sampleRecords';
import { packRiskListEntries, unpackRiskListEntries } from '../../../../shared/riskLists/riskListPack';
import { makeRiskEntry } from '../../../../test/fixtures/makeRiskEntry';
import type { AttacheDb } from '../../../db';
import { makeTestDb, newTestDataKey } from '../../../db/testDb';
import { saveRiskListVersion } from './saveRiskListVersion';

const ctx = { actor: 'Nguyễn Văn An', deviceId: '0190f0aa-1111-4222-8333-444455556666', now: () => new Date('2026-03-02T09:00:00.000Z') };
const listId = '0190f0aa-0000-7000-8000-0000000000c1';
const sha256 = 'c1'.repeat(32);
const { createdAt: _c, updatedAt: _u, ...listFields } = { ...sampleRecords.riskLists, id: listId, meetingId: null, entriesSha256: sha256, entryCount: 2 };

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb('attache-ws-risk', { dataKey: newTestDataKey() }, new IDBFactory());
  await db.open();
});
afterEach(() => db.close());

describe('saveRiskListVersion', () => {
  it('stores the pack, queues its upload and commits the list record (synced, audited), together', async () => {
    const entries = [makeRiskEntry('0190f0aa-0000-7000-8000-0000000000e1', { listId, primaryName: 'A' }), makeRiskEntry('0190f0aa-0000-7000-8000-0000000000e2', { listId, primaryName: 'B' })];
    const bytes = await packRiskListEntries(listId, entries);
    await saveRiskListVersion(db, { list: listFields, pack: { sha256, bytes } }, ctx);

    expect(await unpackRiskListEntries((await db.blobs.get(sha256))!.bytes, listId, 2)).toEqual(entries);
    expect(await db.blobUploads.toCollection().primaryKeys()).toEqual([sha256]);
    expect(await db.riskLists.get(listId)).toMatchObject({ name: listFields.name, entriesSha256: sha256, entryCount: 2 });
    expect((await db.outbox.toArray()).map((m) => [m.table, m.id])).toEqual([['riskLists', listId]]);
    expect(await db.changeLog.count()).toBe(1);
    expect(await db.riskEntries.count()).toBe(0);
  });

  it('writes nothing when the list cannot be committed: no pack, no upload, no half list', async () => {
    const bytes = await packRiskListEntries(listId, []);
    await expect(saveRiskListVersion(db, { list: { ...listFields, name: '' }, pack: { sha256, bytes } }, ctx)).rejects.toThrow();
    expect(await db.blobs.count()).toBe(0);
    expect(await db.blobUploads.count()).toBe(0);
    expect(await db.riskLists.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
