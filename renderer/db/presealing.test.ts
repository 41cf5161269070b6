import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleRecords } from '../../shared/domain/sampleRecords';
import { newId } from './ids';
import { commitChanges, presealMinChanges, type Change } from './commitChanges';
import { sealedProperty } from './recordSealing';
import { makeTestDb } from './testDb';
import type { AttacheDb } from './AttacheDb';

const ctx = { actor: 'Phạm Quốc Hùng', deviceId: '0190f0aa-1111-4222-8333-444455556666' };

function newCases(count: number, title: string): Change[] {
  const { id: _id, ...fields } = sampleRecords.cases;
  return Array.from({ length: count }, (_, i) => {
    const id = newId();
    return { table: 'cases', id, op: 'put', fields: { ...fields, title: `${title} ${i}` } };
  });
}

function storedValues(db: AttacheDb, store: string): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const request = db.backendDB().transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
    request.onerror = () => reject(request.error);
  });
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

afterEach(() => vi.restoreAllMocks());

describe('large commits sealed ahead of their transaction', () => {
  it('stores what WebCrypto sealed before the transaction, readable and with no plaintext', async () => {
    const db = makeTestDb(`preseal-${newId()}`);
    await db.open();
    const produced = new Set<string>();
    const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
    vi.spyOn(crypto.subtle, 'encrypt').mockImplementation(async (...args: Parameters<SubtleCrypto['encrypt']>) => {
      const out = await encrypt(...args);
      produced.add(hex(new Uint8Array(out)));
      return out;
    });
    const changes = newCases(presealMinChanges, 'Tôm đông lạnh, lô');
    await commitChanges(db, changes, ctx);

    // Rows, outbox and change log entries: one WebCrypto seal each, and those are what is stored.
    expect(produced.size).toBe(3 * presealMinChanges);
    for (const store of ['cases', 'outbox', 'changeLog']) {
      const values = await storedValues(db, store);
      expect(values).toHaveLength(presealMinChanges);
      for (const value of values) {
        const sealed = value[sealedProperty] as Uint8Array;
        expect(produced.has(hex(sealed.subarray(13))), store).toBe(true);
        expect(Buffer.from(sealed).toString('latin1')).not.toContain('Tôm');
      }
    }
    expect((await db.cases.get(changes[7]!.id))?.title).toBe('Tôm đông lạnh, lô 7');
    expect((await db.outbox.toArray()).map((e) => e.mutationId)).toEqual(Array.from({ length: presealMinChanges }, (_, i) => i + 1));
    db.close();
  });

  it('two large commits racing both land, with consecutive mutation ids and every row', async () => {
    const db = makeTestDb(`preseal-race-${newId()}`);
    await db.open();
    const a = newCases(presealMinChanges, 'Gỗ dán');
    const b = newCases(presealMinChanges + 50, 'Thép cuộn');
    await Promise.all([commitChanges(db, a, ctx), commitChanges(db, b, ctx)]);
    expect(await db.cases.count()).toBe(a.length + b.length);
    expect((await db.outbox.toArray()).map((e) => e.mutationId)).toEqual(Array.from({ length: a.length + b.length }, (_, i) => i + 1));
    expect(await db.changeLog.count()).toBe(a.length + b.length);
    db.close();
  });

  it('an edit made between its read and its write is not lost: the large commit builds on it', async () => {
    const db = makeTestDb(`preseal-edit-${newId()}`);
    await db.open();
    const first = newCases(presealMinChanges, 'Nhôm định hình');
    await commitChanges(db, first, ctx);
    // A bulk edit of every case, racing a single edit of one of them.
    const bulk: Change[] = first.map((c) => ({ table: 'cases', id: c.id, op: 'put', fields: { tags: ['bulk-reviewed'] } }));
    const single: Change = { table: 'cases', id: first[3]!.id, op: 'put', fields: { summary: 'Edited in another window' } };
    await Promise.all([commitChanges(db, bulk, ctx), commitChanges(db, [single], ctx)]);
    const edited = await db.cases.get(first[3]!.id);
    expect(edited).toMatchObject({ tags: ['bulk-reviewed'], summary: 'Edited in another window' });
    expect(await db.outbox.count()).toBe(2 * presealMinChanges + 1);
    db.close();
  });

  it('a row written by sync while the commit seals is not overwritten: the commit reads again and builds on it', async () => {
    const db = makeTestDb(`preseal-sync-${newId()}`);
    await db.open();
    const first = newCases(presealMinChanges, 'Mật ong');
    await commitChanges(db, first, ctx);
    const target = first[5]!.id;
    // As the sync engine applies a pulled row: straight to the table, no commit counters touched.
    const preseal = db.preseal;
    let raced = false;
    vi.spyOn(db, 'preseal').mockImplementation(async (table, values) => {
      if (!raced) {
        raced = true;
        const row = (await db.cases.get(target))!;
        await db.cases.put({ ...row, summary: 'Pulled from the server' });
      }
      return preseal(table, values);
    });
    await commitChanges(db, first.map((c) => ({ table: 'cases', id: c.id, op: 'put', fields: { tags: ['bulk-reviewed'] } })), ctx);
    expect(await db.cases.get(target)).toMatchObject({ tags: ['bulk-reviewed'], summary: 'Pulled from the server' });
    db.close();
  });

  it('a value changed after it was sealed ahead is sealed anew, with what it holds at the write', async () => {
    const db = makeTestDb(`preseal-changed-${newId()}`);
    await db.open();
    const row = { ...sampleRecords.cases, id: newId(), title: 'Sealed ahead', version: 0, deleted: 0 as const };
    const added: Record<string, unknown> & typeof row = { ...row, id: newId(), title: 'Sealed ahead too' };
    await db.preseal('cases', [row, added]);
    row.title = 'Changed after';
    added.newlyAdded = 'Added after';
    await db.cases.bulkPut([row, added]);
    expect((await db.cases.get(row.id))?.title).toBe('Changed after');
    expect(await db.cases.get(added.id)).toMatchObject({ newlyAdded: 'Added after' });
    db.close();
  });
});
