import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { syncedTables } from '../../shared/domain';
import { sampleRecords } from '../../shared/domain/sampleRecords';
import { DataKey } from '../security/keyring';
import { SealError } from '../security/recordSeal';
import type { AttacheDb } from './AttacheDb';
import { commitChanges } from './commitChanges';
import { sealedProperty } from './recordSealing';
import { makeTestDb } from './testDb';

const ctx = { actor: 'Nguyễn Văn Cẩn', deviceId: '0190f0aa-1111-4222-8333-444455556666', now: () => new Date('2026-03-02T09:00:00.000Z') };
const newKey = () => new DataKey(crypto.getRandomValues(new Uint8Array(32)));
const canary = 'CANARY-Zx81-Phong';

/** Every value IndexedDB holds in `store`, read beneath every middleware. */
function storedValues(db: AttacheDb, store: string): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const request = db.backendDB().transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
    request.onerror = () => reject(request.error);
  });
}

/** Overwrites one stored value beneath every middleware. */
function storeRaw(db: AttacheDb, store: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction(store, 'readwrite');
    tx.objectStore(store).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

const caseWithCanary = { ...sampleRecords.cases, title: `${canary} quartz slabs`, summary: `Summary ${canary}` };

describe('records sealed at rest', () => {
  let factory: IDBFactory;
  let key: DataKey;
  let db: AttacheDb;
  beforeEach(async () => {
    factory = new IDBFactory();
    key = newKey();
    db = makeTestDb('attache-ws-sealed', { dataKey: key }, factory);
    await db.open();
  });
  afterEach(() => db.close());

  it('stores every record of every synced table with only keys, indexed metadata and the seal in clear', async () => {
    await commitChanges(db, syncedTables.filter((t) => t !== 'conflicts' && t !== 'fieldHistory').map((table) => ({ table, id: sampleRecords[table].id, op: 'put' as const, fields: { ...sampleRecords[table] } })), ctx);
    const stored = await storedValues(db, 'cases');
    // The type is sealed (no index reads it); the clocks are in clear: one group, no field names.
    expect(Object.keys(stored[0] ?? {}).sort()).toEqual(['clocks', 'createdAt', 'deleted', 'id', sealedProperty, 'status', 'updatedAt', 'version', 'writtenAt'].sort());
    expect(stored[0]?.clocks).toEqual([{ v: 0, hlc: expect.any(String) }]);
    expect(stored[0]?.[sealedProperty]).toBeInstanceOf(Uint8Array);
    for (const table of ['parties', 'goods', 'notes', 'meetings', 'contacts', 'riskEntries', 'outbox', 'changeLog']) {
      const values = await storedValues(db, table);
      expect(values.length, table).toBeGreaterThan(0);
      for (const value of values) expect(value[sealedProperty], table).toBeInstanceOf(Uint8Array);
    }
    // What the app reads is what it wrote.
    for (const table of ['cases', 'contacts', 'riskEntries'] as const) {
      const { updatedAt: _written, ...sample } = sampleRecords[table] as Record<string, unknown>;
      expect(await db.table(table).get(sampleRecords[table].id), table).toMatchObject(sample);
    }
  });

  it('leaves no sensitive text in any stored value of the rows, outbox, change log or meta', async () => {
    await commitChanges(db, [{ table: 'cases', id: caseWithCanary.id, op: 'put', fields: caseWithCanary }], ctx);
    await db.meta.put({ key: 'sync.settings', value: { token: `token-${canary}` } });
    for (const store of db.backendDB().objectStoreNames) {
      const text = JSON.stringify(await storedValues(db, store), (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v));
      expect(text, store).not.toContain(canary);
    }
    // The control: the same scan sees the canary in a database without a key.
    const plain = makeTestDb('attache-ws-plain', { dataKey: undefined }, factory);
    await commitChanges(plain, [{ table: 'cases', id: caseWithCanary.id, op: 'put', fields: caseWithCanary }], ctx);
    expect(JSON.stringify(await storedValues(plain, 'cases'))).toContain(canary);
    plain.close();
  });

  it('seals the bytes of attached files as they are, bound to their hash, and reads them back', async () => {
    const bytes = new TextEncoder().encode(`%PDF-1.7 certificate of origin ${canary.repeat(50)}`);
    const sha256 = 'ab'.repeat(32);
    await db.blobs.put({ sha256, size: bytes.length, bytes });
    const [stored] = await storedValues(db, 'blobs');
    expect(Object.keys(stored ?? {}).sort()).toEqual([sealedProperty, 'sha256', 'size'].sort());
    expect(Buffer.from(stored?.[sealedProperty] as Uint8Array).toString('latin1')).not.toContain(canary);
    // Raw bytes, not JSON: the seal is the file plus format byte, IV and tag.
    expect((stored?.[sealedProperty] as Uint8Array).length).toBe(bytes.length + 1 + 12 + 16);
    expect((await db.blobs.get(sha256))?.bytes).toEqual(bytes);
    // Moved under another hash, it no longer opens.
    await storeRaw(db, 'blobs', { ...stored, sha256: 'cd'.repeat(32) });
    await expect(db.blobs.get('cd'.repeat(32))).rejects.toBeInstanceOf(SealError);
  });

  it('sweeps a table in id order with rows opened after the read (WebCrypto), and refuses a tampered one', async () => {
    const ids = ['0190f0aa-0000-7000-8000-000000000001', '0190f0aa-0000-7000-8000-000000000002', '0190f0aa-0000-7000-8000-000000000003'];
    await commitChanges(db, ids.map((id, i) => ({ table: 'cases' as const, id, op: 'put' as const, fields: { ...caseWithCanary, id, title: `Lô hàng ${i}` } })), ctx);
    const first = await db.readRowsAfter<{ id: string; title: string }>('cases', null, 2);
    expect(first.map((r) => [r.id, r.title])).toEqual([[ids[0], 'Lô hàng 0'], [ids[1], 'Lô hàng 1']]);
    const rest = await db.readRowsAfter<{ id: string; title: string; status: string }>('cases', ids[1]!, 2);
    expect(rest.map((r) => r.title)).toEqual(['Lô hàng 2']);
    expect(rest[0]).toMatchObject(await db.cases.get(ids[2]!) as object);

    const [stored] = await storedValues(db, 'cases');
    const flipped = new Uint8Array(stored![sealedProperty] as Uint8Array);
    flipped[flipped.length - 1]! ^= 1;
    await storeRaw(db, 'cases', { ...stored, [sealedProperty]: flipped });
    await expect(db.readRowsAfter('cases', null, 10)).rejects.toBeInstanceOf(SealError);
  });

  it('stamps the rows of synced tables in commit order, and reads what changed after a stamp', async () => {
    const [a, b, c] = ['0190f0aa-0000-7000-8000-0000000000a1', '0190f0aa-0000-7000-8000-0000000000b2', '0190f0aa-0000-7000-8000-0000000000c3'];
    const putCase = (id: string, title: string) => ({ table: 'cases' as const, id, op: 'put' as const, fields: { ...caseWithCanary, id, title } });
    await commitChanges(db, [putCase(a, 'Lô A'), putCase(b, 'Lô B')], ctx);
    const first = (await db.readStampedAfter({ cases: 0 })).cases;
    expect(first).toMatchObject({ stamp: 1, count: 2 });
    expect(first.rows.map((r) => (r as { title: string }).title).sort()).toEqual(['Lô A', 'Lô B']);

    // Two writers at once: IndexedDB runs them one after the other, and the later one stamps higher.
    await Promise.all([commitChanges(db, [putCase(a, 'Lô A sửa')], ctx), commitChanges(db, [putCase(c, 'Lô C')], ctx)]);
    const after = (await db.readStampedAfter({ cases: first.stamp })).cases;
    expect(after.stamp).toBe(3);
    expect(after.count).toBe(3);
    expect(after.rows.map((r) => (r as { title: string }).title).sort()).toEqual(['Lô A sửa', 'Lô C']);
    expect((await db.readStampedAfter({ cases: 3 })).cases.rows).toEqual([]);
    // A deletion is a tombstone write: stamped like an edit.
    await commitChanges(db, [{ table: 'cases', id: b, op: 'delete' }], ctx);
    expect((await db.readStampedAfter({ cases: 3 })).cases.rows).toMatchObject([{ id: b, deleted: 1 }]);

    // The stamp is kept in clear beside the seal, and never shown to the code reading rows.
    const stamps = (await storedValues(db, 'cases')).map((v) => v.writtenAt).sort();
    expect(stamps).toEqual([2, 3, 4]);
    expect(Object.keys((await db.cases.get(a))!)).not.toContain('writtenAt');
    expect(Object.keys((await db.readRowsAfter<object>('cases', null, 1))[0]!)).not.toContain('writtenAt');
    // Each table counts on its own; the outbox and the audit log carry no stamp.
    await commitChanges(db, [{ table: 'notes', id: sampleRecords.notes.id, op: 'put', fields: { ...sampleRecords.notes, caseId: a } }], ctx);
    expect((await storedValues(db, 'notes'))[0]).toHaveProperty('writtenAt', 1);
    for (const store of ['outbox', 'changeLog']) for (const value of await storedValues(db, store)) expect(value, store).not.toHaveProperty('writtenAt');
  });

  it('keeps bytes sealed aside by WebCrypto, opens them only with the same key and place, and refuses clear values', async () => {
    const bytes = new TextEncoder().encode(`index ${canary}`);
    await db.putSealedAside('searchSnapshots', 'current', bytes);
    expect(new TextDecoder().decode((await db.getSealedAside('searchSnapshots', 'current'))!)).toBe(`index ${canary}`);
    expect(JSON.stringify(await storedValues(db, 'searchSnapshots'))).not.toContain('CANARY');
    expect(await db.getSealedAside('searchSnapshots', 'other')).toBeNull();

    const [stored] = await storedValues(db, 'searchSnapshots');
    await storeRaw(db, 'searchSnapshots', { ...stored, key: 'other' });
    await expect(db.getSealedAside('searchSnapshots', 'other')).rejects.toBeInstanceOf(SealError);
    await expect(db.searchSnapshots.put({ key: 'plain', text: canary } as never)).rejects.toThrow(/sealed beforehand/);
  });

  it('answers index queries, filters, cursors and modify on plain values', async () => {
    const open = { ...caseWithCanary, id: sampleRecords.cases.id, status: 'draft' as const };
    const other = { ...sampleRecords.cases, id: crypto.randomUUID(), reference: '2026-K7QX-0043', title: 'Plywood', status: 'draft' as const };
    await commitChanges(db, [open, other].map((c) => ({ table: 'cases' as const, id: c.id, op: 'put' as const, fields: c })), ctx);
    expect((await db.cases.where('status').equals('draft').toArray()).map((c) => c.title).sort()).toEqual([open.title, 'Plywood'].sort());
    expect(await db.cases.filter((c) => c.title.includes(canary)).count()).toBe(1);
    const titles: string[] = [];
    await db.cases.each((c) => void titles.push(c.title));
    expect(titles.sort()).toEqual([open.title, 'Plywood'].sort());
    await db.cases.where('id').equals(other.id).modify((c) => void (c.summary = 'Edited through modify'));
    expect((await db.cases.get(other.id))?.summary).toBe('Edited through modify');
    expect(JSON.stringify(await storedValues(db, 'cases'))).not.toContain('Edited through modify');
  });

  it('keeps a transaction whole: a failure after sealed writes leaves nothing written (no half commit)', async () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...sampleRecords.cases, id: crypto.randomUUID(), reference: `2026-K7QX-${String(i).padStart(4, '0')}` }));
    const error = await db
      .transaction('rw', db.cases, async () => {
        await db.cases.bulkPut(many.slice(0, 150) as never);
        await db.cases.bulkPut(many.slice(150) as never);
        throw new Error('stop');
      })
      .catch((e: unknown) => e);
    expect(error).toEqual(new Error('stop'));
    expect(await storedValues(db, 'cases')).toEqual([]);
    await db.transaction('rw', db.cases, async () => {
      await db.cases.bulkPut(many.slice(0, 150) as never);
      await db.cases.bulkPut(many.slice(150) as never);
    });
    expect(await db.cases.count()).toBe(300);
  });

  it('refuses a tampered record with a clear error, and the others still read', async () => {
    const second = { ...sampleRecords.cases, id: crypto.randomUUID(), reference: '2026-K7QX-0043' };
    await commitChanges(db, [caseWithCanary, second].map((c) => ({ table: 'cases' as const, id: c.id, op: 'put' as const, fields: c })), ctx);
    const stored = (await storedValues(db, 'cases')).find((v) => v.id === caseWithCanary.id) ?? {};
    const sealed = (stored[sealedProperty] as Uint8Array).slice();
    sealed[20] = (sealed[20] ?? 0) ^ 0x01;
    await storeRaw(db, 'cases', { ...stored, [sealedProperty]: sealed });
    await expect(db.cases.get(caseWithCanary.id)).rejects.toBeInstanceOf(SealError);
    await expect(db.cases.get(caseWithCanary.id)).rejects.toThrow(/altered|key/);
    expect((await db.cases.get(second.id))?.reference).toBe('2026-K7QX-0043');
    // A sealed value moved onto another record does not open there either.
    await storeRaw(db, 'cases', { ...stored, id: second.id });
    await expect(db.cases.get(second.id)).rejects.toBeInstanceOf(SealError);
  });

  it('opened with another key, reads fail with SealError and nothing is overwritten', async () => {
    await commitChanges(db, [{ table: 'cases', id: caseWithCanary.id, op: 'put', fields: caseWithCanary }], ctx);
    const before = await storedValues(db, 'cases');
    db.close();
    const wrong = makeTestDb('attache-ws-sealed', { dataKey: newKey() }, factory);
    await expect(wrong.cases.get(caseWithCanary.id)).rejects.toBeInstanceOf(SealError);
    await expect(wrong.cases.toArray()).rejects.toBeInstanceOf(SealError);
    expect(await storedValues(wrong, 'cases')).toEqual(before);
    wrong.close();
  });
});
