import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import type { GroupedPulledChange } from '../../../shared/sync';
import { clocksOf, commitChanges, newId, presealMinChanges, type AttacheDb } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { applyPage, readCursor } from './applyPage';

const hlc = '001772409600000-00000-0190f0aa-1111-4222-8333-444455556666';
const ctx = { actor: 'Lê Minh Châu', deviceId: '0190f0aa-1111-4222-8333-444455556666' };

/** A first-download page of `count` cases, as the server sends them (each one clock for all its fields). */
function casePage(count: number): GroupedPulledChange[] {
  const { id: _id, ...fields } = sampleRecords.cases;
  return Array.from({ length: count }, (_, i) => {
    const id = newId();
    const record = { ...fields, id, title: `Gỗ dán lô ${i}` };
    return {
      table: 'cases',
      id,
      version: i + 1,
      deleted: false,
      fields: record,
      clocks: [{ v: i + 1, hlc }],
    } as GroupedPulledChange;
  });
}

let db: AttacheDb;
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

describe('applyPage, large pages', () => {
  it('seals the rows of a large page with WebCrypto before its transaction, and stores them with the cursor', async () => {
    db = makeTestDb(`apply-${newId()}`);
    await db.open();
    const encrypt = vi.spyOn(crypto.subtle, 'encrypt');
    // Larger than the slices it is prepared and sealed in.
    const page = casePage(1_234);
    expect(await applyPage(db, page, { cursor: page.length })).toBe(hlc);
    expect(encrypt).toHaveBeenCalledTimes(page.length);
    expect(await db.cases.count()).toBe(page.length);
    for (const i of [7, 640, 1_233]) expect((await db.cases.get(page[i]!.id))?.title).toBe(`Gỗ dán lô ${i}`);
    expect(clocksOf((await db.cases.get(page[1_233]!.id))!).title).toEqual({ v: 1_234, hlc });
    expect(await readCursor(db)).toBe(page.length);
  });

  it('a local edit made while the page is sealed is not lost: the page is prepared again on top of it', async () => {
    db = makeTestDb(`apply-race-${newId()}`);
    await db.open();
    const page = casePage(presealMinChanges);
    const target = page[3]!;
    const preseal = db.preseal;
    let raced = false;
    vi.spyOn(db, 'preseal').mockImplementation(async (table, values) => {
      if (!raced) {
        raced = true;
        // The officer edits the record in another window: it is now in the outbox, unsent.
        await commitChanges(db, [{ table: 'cases', id: target.id, op: 'put', fields: { ...target.fields, summary: 'Edited here, not yet sent' } }], ctx);
      }
      return preseal(table, values);
    });
    await applyPage(db, page, { cursor: page.length });
    expect(await db.cases.get(target.id)).toMatchObject({ title: 'Gỗ dán lô 3', summary: 'Edited here, not yet sent' });
    // The clocks too: the edited record keeps its local edit's, the others take the server's.
    expect(clocksOf((await db.cases.get(target.id))!).summary?.hlc).not.toBe(hlc);
    expect(clocksOf((await db.cases.get(page[4]!.id))!).summary?.hlc).toBe(hlc);
    expect(await db.cases.count()).toBe(page.length);
  });

  it("stores a change's clock groups as they came, unless the record's fields are named like the row's own properties", async () => {
    db = makeTestDb(`apply-groups-${newId()}`);
    await db.open();
    const note = { table: 'notes', id: newId(), version: 3, deleted: false, fields: { caseId: 'c-1', text: 'Đã nhận C/O' }, clocks: [{ v: 3, hlc }] } as GroupedPulledChange;
    // A field called `id` is not held by the row as a field: the one clock is written out by name.
    const named = { ...note, id: newId(), fields: { id: 'x', text: 'Bản sao' } } as GroupedPulledChange;
    await applyPage(db, [note, named]);
    const stored = await db.notes.get(note.id);
    expect(stored?.clocks).toEqual([{ v: 3, hlc }]);
    expect(clocksOf(stored!)).toEqual({ caseId: { v: 3, hlc }, text: { v: 3, hlc } });
    const other = await db.notes.get(named.id);
    expect(other?.clocks).toEqual([{ v: 3, hlc, fields: ['id', 'text'] }]);
    expect(clocksOf(other!).text).toEqual({ v: 3, hlc });
  });
});
