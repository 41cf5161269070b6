import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttacheDb } from './AttacheDb';
import { packClocks, unpackClocks } from './clockPacking';
import { makeTestDb } from './testDb';
import type { FieldMetaEntry } from './types';

const created = '001772409600000-00000-0190f0aa-1111-4222-8333-444455556666';
const edited = '001772409700000-00003-0190f0aa-1111-4222-8333-444455556666';

/** A case created in one change (v 4) whose title and status were edited later. */
const entry: FieldMetaEntry = {
  table: 'cases',
  id: 'case-1',
  fields: {
    reference: { v: 4, hlc: created },
    title: { v: 9, hlc: edited },
    status: { v: 9, hlc: edited },
    summary: { v: 4, hlc: created },
    assignee: { v: 0, hlc: created },
  },
};

/** What IndexedDB holds for `[table, id]`, read beneath every middleware. */
function storedValue(db: AttacheDb, key: [string, string]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = db.backendDB().transaction('fieldMeta').objectStore('fieldMeta').get(key);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('packClocks', () => {
  it('groups fields by clock and unpacks to the same entry', () => {
    const packed = packClocks(entry);
    expect(packed.groups).toEqual([
      { v: 4, hlc: created, fields: ['reference', 'summary'] },
      { v: 9, hlc: edited, fields: ['title', 'status'] },
      { v: 0, hlc: created, fields: ['assignee'] },
    ]);
    expect(unpackClocks(packed)).toEqual(entry);
  });

  it('keeps an entry without fields', () => {
    const empty: FieldMetaEntry = { table: 'notes', id: 'n', fields: {} };
    expect(unpackClocks(packClocks(empty))).toEqual(empty);
  });
});

describe('the fieldMeta table', () => {
  let db: AttacheDb;
  beforeEach(async () => {
    db = makeTestDb();
    await db.open();
  });
  afterEach(() => db.close());

  it('stores packed entries and gives them back unpacked on every read path', async () => {
    const other: FieldMetaEntry = { table: 'goods', id: 'g-1', fields: { description: { v: 2, hlc: created } } };
    await db.fieldMeta.bulkPut([entry, other]);

    expect(await storedValue(db, ['cases', 'case-1'])).toEqual(packClocks(entry));
    expect(await db.fieldMeta.get(['cases', 'case-1'])).toEqual(entry);
    expect(await db.fieldMeta.bulkGet([['goods', 'g-1'], ['cases', 'case-1'], ['cases', 'missing']])).toEqual([other, entry, undefined]);
    expect(await db.fieldMeta.toArray()).toEqual([entry, other]);
    const seen: FieldMetaEntry[] = [];
    await db.fieldMeta.each((e) => void seen.push(e));
    expect(seen).toEqual([entry, other]);
    expect(await db.fieldMeta.filter((e) => 'title' in e.fields).toArray()).toEqual([entry]);
  });

  it('packs what modify writes back', async () => {
    await db.fieldMeta.put(entry);
    await db.fieldMeta.where('[table+id]').equals(['cases', 'case-1']).modify((e) => {
      e.fields.priority = { v: 10, hlc: edited };
    });
    const expected = { ...entry, fields: { ...entry.fields, priority: { v: 10, hlc: edited } } };
    expect(await db.fieldMeta.get(['cases', 'case-1'])).toEqual(expected);
    expect(await storedValue(db, ['cases', 'case-1'])).toMatchObject({ groups: expect.arrayContaining([{ v: 10, hlc: edited, fields: ['priority'] }]) });
  });

  it('reads an entry stored before packing as it was', async () => {
    await new Promise<void>((resolve, reject) => {
      const tx = db.backendDB().transaction('fieldMeta', 'readwrite');
      tx.objectStore('fieldMeta').put(entry);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    expect(await db.fieldMeta.get(['cases', 'case-1'])).toEqual(entry);
  });
});
