/**
 * One test per schema version (Signal's migration_NNNN_test): open the database at the version
 * before, seed rows as that version stored them, reopen at the version under test and check the
 * rows survived (and were transformed, when the version has an upgrade). Adding `version(n + 1)`
 * to `schemaVersions.ts` means adding one `it('version n + 1 …')` here using `openAt`.
 */
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { syncedTables } from '../../shared/domain';
import { sampleRecords } from '../../shared/domain/sampleRecords';
import { laterSyncedTables, latestSchemaVersion, schemaVersions } from './schemaVersions';
import { makeTestDb, newTestDataKey } from './testDb';
import { clocksOf } from './rowClocks';
import { toRecord } from './domainRecord';

const name = 'attache-ws-migration';
/** The profile's key: every version is opened with it, as the app does after an upgrade. */
const dataKey = newTestDataKey();
/** The synced tables version 1 declared (later ones come with their own version). */
const syncedTablesOfV1 = syncedTables.filter((t) => !(laterSyncedTables as readonly string[]).includes(t));

async function openAt(factory: IDBFactory, version: number) {
  const db = makeTestDb(name, { upToVersion: version, dataKey }, factory);
  await db.open();
  return db;
}

describe('workspace database migrations', () => {
  it('declares versions in increasing order, each only once', () => {
    const versions = schemaVersions.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(latestSchemaVersion).toBe(versions.at(-1));
  });

  it('version 1 creates every synced and local table and keeps what is written', async () => {
    const factory = new IDBFactory();
    const db = await openAt(factory, 1);
    expect(db.verno).toBe(1);
    const tableNames = db.tables.map((t) => t.name).sort();
    expect(tableNames).toEqual([...syncedTablesOfV1, 'fieldMeta', 'outbox', 'changeLog', 'meta', 'hsCodes'].sort());
    // Sensitive text is never indexed.
    const caseIndexes = db.cases.schema.indexes.map((i) => i.name);
    expect(caseIndexes).not.toContain('title');
    expect(caseIndexes).toContain('status');
    // Server-authored tables are found by the record they concern (and open conflicts by status).
    expect(db.conflicts.schema.indexes.map((i) => i.name).sort()).toEqual(['createdAt', 'recordId', 'status']);
    expect(db.fieldHistory.schema.indexes.map((i) => i.name)).toEqual(['recordId']);

    // Rows carry version/deleted only; their per-field clocks are in fieldMeta, keyed [table+id]
    // (until version 9 folds them into the rows), stored per field as version 1 wrote them.
    const fieldMeta = db.table('fieldMeta');
    expect(fieldMeta.schema.primKey.keyPath).toEqual(['table', 'id']);
    const caseRow = { id: '0190f0aa-0000-7000-8000-000000000001', status: 'open', type: 'transshipment', title: 'x', deleted: 0, version: 0 };
    const clocks = { table: 'cases' as const, id: caseRow.id, fields: { title: { v: 0, hlc: '000000000000001-00000-d' } } };
    await db.cases.put(caseRow as never);
    await fieldMeta.put(clocks);
    await db.outbox.add({ table: 'cases', id: caseRow.id, op: 'delete', hlc: '000000000000001-00000-d', createdAt: '2026-01-01T00:00:00.000Z' });
    await db.hsCodes.put({ code: '0101', description: 'Horses', parent: '01', level: 4, section: 'I' });
    const conflict = { ...sampleRecords.conflicts, version: 3, deleted: 0 as const };
    await db.conflicts.put(conflict);
    db.close();

    const reopened = await openAt(factory, latestSchemaVersion);
    expect(await reopened.cases.where('status').equals('open').primaryKeys()).toEqual([caseRow.id]);
    expect(clocksOf((await reopened.cases.get(caseRow.id))!)).toEqual(clocks.fields);
    expect((await reopened.outbox.toArray())[0]!.mutationId).toBe(1);
    expect(await reopened.hsCodes.get('0101')).toMatchObject({ description: 'Horses' });
    expect(await reopened.conflicts.where('recordId').equals(conflict.recordId).toArray()).toEqual([conflict]);
    reopened.close();
  });
});

describe('workspace database version 2', () => {
  it('adds the view log, indexed by time, record and sent state only, and keeps version 1 data', async () => {
    const factory = new IDBFactory();
    const v1 = await openAt(factory, 1);
    const caseRow = { id: '0190f0aa-0000-7000-8000-000000000002', status: 'draft', type: 'other', deleted: 0, version: 0 };
    await v1.cases.put(caseRow as never);
    await v1.changeLog.add({ at: '2026-01-05T08:00:00.000Z', actor: 'An', deviceId: 'd', table: 'cases', recordId: caseRow.id, op: 'create', changes: {} });
    v1.close();

    const v2 = await openAt(factory, 2);
    expect(v2.verno).toBe(2);
    expect(v2.viewLog.schema.primKey.keyPath).toBe('id');
    // Who opened it and from where are sealed: never indexed.
    expect(v2.viewLog.schema.indexes.map((i) => i.name).sort()).toEqual(['at', 'recordId', 'sent']);
    expect(await v2.cases.get(caseRow.id)).toMatchObject({ status: 'draft' });
    expect(await v2.changeLog.where('recordId').equals(caseRow.id).count()).toBe(1);
    const view = { id: '0190f0aa-0000-7000-8000-0000000000a1', at: '2026-01-05T09:00:00.000Z', actor: 'An', deviceId: 'd', table: 'cases' as const, recordId: caseRow.id, sent: 0 as const };
    await v2.viewLog.add(view);
    expect(await v2.viewLog.where('sent').equals(0).toArray()).toEqual([view]);
    v2.close();

    // On disk, only the key and the indexed metadata are in clear.
    const raw = makeTestDb(name, { dataKey: undefined }, factory);
    await raw.open();
    const stored = (await raw.viewLog.get(view.id)) as unknown as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['at', 'id', 'recordId', 'sealed', 'sent']);
    raw.close();
  });
});

describe('workspace database version 3', () => {
  it('adds the attachment bytes and the upload queue, keyed by hash, and keeps version 2 data', async () => {
    const factory = new IDBFactory();
    const v2 = await openAt(factory, 2);
    const caseRow = { id: '0190f0aa-0000-7000-8000-000000000003', status: 'draft', type: 'other', deleted: 0, version: 0 };
    await v2.cases.put(caseRow as never);
    v2.close();

    const v3 = await openAt(factory, 3);
    expect(v3.verno).toBe(3);
    expect(v3.blobs.schema.primKey.keyPath).toBe('sha256');
    expect(v3.blobs.schema.indexes).toEqual([]);
    expect(v3.blobUploads.schema.primKey.keyPath).toBe('sha256');
    expect(await v3.cases.get(caseRow.id)).toMatchObject({ status: 'draft' });
    const bytes = new Uint8Array([37, 80, 68, 70]);
    await v3.blobs.put({ sha256: 'ef'.repeat(32), size: 4, bytes });
    expect((await v3.blobs.get('ef'.repeat(32)))?.bytes).toEqual(bytes);
    v3.close();
  });
});

describe('workspace database version 4', () => {
  it('indexes write stamps in every synced table, adds the snapshot store, and keeps version 3 rows (unstamped)', async () => {
    const factory = new IDBFactory();
    const v3 = await openAt(factory, 3);
    const caseRow = { id: '0190f0aa-0000-7000-8000-000000000004', status: 'draft', type: 'other', deleted: 0, version: 0 };
    await v3.cases.put(caseRow as never);
    v3.close();

    const v4 = await openAt(factory, 4);
    expect(v4.verno).toBe(4);
    for (const table of syncedTablesOfV1) expect(v4.table(table).schema.indexes.map((i) => i.name), table).toContain('writtenAt');
    expect(v4.outbox.schema.indexes.map((i) => i.name)).not.toContain('writtenAt');
    // The indexes version 3 had are all still there.
    expect(v4.cases.schema.indexes.map((i) => i.name).sort()).toEqual(['createdAt', 'deleted', 'status', 'type', 'updatedAt', 'writtenAt']);
    expect(await v4.cases.get(caseRow.id)).toMatchObject({ status: 'draft' });
    // A row from before has no stamp, so it is not among the changes after any stamp...
    expect((await v4.readStampedAfter({ cases: 0 })).cases.rows).toEqual([]);
    expect((await v4.readStampedAfter({ cases: 0 })).cases.count).toBe(1);
    // ...until it is written again.
    await v4.cases.put({ ...caseRow, status: 'open' } as never);
    expect((await v4.readStampedAfter({ cases: 0 })).cases.rows).toMatchObject([{ id: caseRow.id, status: 'open' }]);
    expect(v4.searchSnapshots.schema.primKey.keyPath).toBe('key');
    v4.close();
  });
});

describe('workspace database version 5', () => {
  it('adds the form drafts, keyed by form and record, sealed whole, and keeps version 4 rows', async () => {
    const factory = new IDBFactory();
    const v4 = await openAt(factory, 4);
    const caseRow = { id: '0190f0aa-0000-7000-8000-000000000005', status: 'draft', type: 'other', deleted: 0, version: 0 };
    await v4.cases.put(caseRow as never);
    v4.close();

    const v5 = await openAt(factory, 5);
    expect(v5.verno).toBe(5);
    expect(v5.formDrafts.schema.primKey.keyPath).toBe('key');
    // Nothing of a draft is indexed: what was typed stays sealed.
    expect(v5.formDrafts.schema.indexes).toEqual([]);
    expect(await v5.cases.get(caseRow.id)).toMatchObject({ status: 'draft' });
    const draft = { key: `case/${caseRow.id}`, values: { summary: 'Typed, not saved' }, focus: { name: 'summary', caret: 5 }, savedAt: '2026-01-05T09:00:00.000Z' };
    await v5.formDrafts.put(draft);
    expect(await v5.formDrafts.get(draft.key)).toEqual(draft);
    v5.close();

    // On disk, only the key is in clear.
    const raw = makeTestDb(name, { dataKey: undefined }, factory);
    await raw.open();
    const stored = (await raw.formDrafts.get(draft.key)) as unknown as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['key', 'sealed']);
    raw.close();
  });
});

describe('workspace database version 6', () => {
  it('adds the deadline rules and holidays as synced tables, stamped, the holiday name sealed, and keeps version 5 rows', async () => {
    const factory = new IDBFactory();
    const v5 = await openAt(factory, 5);
    const caseRow = { id: '0190f0aa-0000-7000-8000-000000000006', status: 'draft', type: 'other', deleted: 0, version: 0 };
    await v5.cases.put(caseRow as never);
    v5.close();

    const v6 = await openAt(factory, 6);
    expect(v6.verno).toBe(6);
    expect(await v6.cases.get(caseRow.id)).toMatchObject({ status: 'draft' });
    for (const table of syncedTables.filter((t) => t !== 'screeningDecisions' && t !== 'meetingNotes')) {
      expect(v6.table(table).schema.indexes.map((i) => i.name), table).toContain('writtenAt');
    }
    expect(v6.replyPeriodRules.schema.indexes.map((i) => i.name).sort()).toEqual(['deleted', 'writtenAt']);
    expect(v6.holidays.schema.indexes.map((i) => i.name).sort()).toEqual(['date', 'deleted', 'writtenAt']);
    const rule = { ...sampleRecords.replyPeriodRules, version: 1, deleted: 0 as const };
    const holiday = { ...sampleRecords.holidays, version: 1, deleted: 0 as const };
    await v6.replyPeriodRules.put(rule);
    await v6.holidays.put(holiday);
    expect(await v6.replyPeriodRules.get('CPTPP')).toMatchObject({ amount: 45, unit: 'days', dayKind: 'business' });
    expect(await v6.holidays.where('date').between('2026-09-01', '2026-09-30', true, true).toArray()).toMatchObject([{ name: holiday.name }]);
    expect((await v6.readStampedAfter({ holidays: 0 })).holidays.rows).toHaveLength(1);
    v6.close();

    const raw = makeTestDb(name, { dataKey: undefined }, factory);
    await raw.open();
    const stored = (await raw.holidays.get(holiday.id)) as unknown as Record<string, unknown>;
    expect(stored).not.toHaveProperty('name');
    expect(JSON.stringify(stored)).not.toContain('Quốc khánh');
    raw.close();
  });
});

describe('workspace database version 7', () => {
  it('adds the screening decisions as a synced table, found by case, the note sealed, and keeps version 6 rows', async () => {
    const factory = new IDBFactory();
    const v6 = await openAt(factory, 6);
    const holiday = { ...sampleRecords.holidays, version: 1, deleted: 0 as const };
    await v6.holidays.put(holiday);
    v6.close();

    const v7 = await openAt(factory, 7);
    expect(v7.verno).toBe(7);
    expect(await v7.holidays.get(holiday.id)).toMatchObject({ name: holiday.name });
    expect(v7.screeningDecisions.schema.indexes.map((i) => i.name).sort()).toEqual(['caseId', 'deleted', 'writtenAt']);
    const decision = { ...sampleRecords.screeningDecisions, version: 1, deleted: 0 as const };
    await v7.screeningDecisions.put(decision);
    expect(await v7.screeningDecisions.where('caseId').equals(decision.caseId).toArray()).toEqual([decision]);
    v7.close();

    const raw = makeTestDb(name, { dataKey: undefined }, factory);
    await raw.open();
    expect(JSON.stringify(await raw.screeningDecisions.get(decision.id))).not.toContain('Different tax code');
    raw.close();
  });
});

describe('workspace database version 8', () => {
  it('adds the meeting notes as a synced table, found by meeting, the text sealed, and keeps version 7 rows', async () => {
    const factory = new IDBFactory();
    const v7 = await openAt(factory, 7);
    const decision = { ...sampleRecords.screeningDecisions, version: 1, deleted: 0 as const };
    await v7.screeningDecisions.put(decision);
    v7.close();

    const v8 = await openAt(factory, 8);
    expect(v8.verno).toBe(8);
    expect(await v8.screeningDecisions.get(decision.id)).toMatchObject({ verdict: 'notAMatch' });
    expect(v8.meetingNotes.schema.indexes.map((i) => i.name).sort()).toEqual(['deleted', 'meetingId', 'writtenAt']);
    const note = { ...sampleRecords.meetingNotes, version: 1, deleted: 0 as const };
    await v8.meetingNotes.put(note);
    expect(await v8.meetingNotes.where('meetingId').equals(note.meetingId).toArray()).toEqual([note]);
    v8.close();

    const raw = makeTestDb(name, { dataKey: undefined }, factory);
    await raw.open();
    expect(JSON.stringify(await raw.meetingNotes.get(note.id))).not.toContain('quarterly exchange');
    raw.close();
  });
});

describe('workspace database version 9', () => {
  const created = '001772409600000-00000-0190f0aa-1111-4222-8333-444455556666';
  const edited = '001772409700000-00003-0190f0aa-1111-4222-8333-444455556666';

  it("folds each row's clocks into the row, drops the clocks store and the cases type index, and keeps version 8 rows", async () => {
    const factory = new IDBFactory();
    const v8 = await openAt(factory, 8);
    const edit = { ...sampleRecords.cases, id: '0190f0aa-0000-7000-8000-000000000091', version: 9, deleted: 0 as const };
    const untouched = { ...sampleRecords.cases, id: '0190f0aa-0000-7000-8000-000000000092', version: 4, deleted: 0 as const };
    const unclocked = { ...sampleRecords.notes, version: 1, deleted: 0 as const };
    await v8.cases.bulkPut([edit, untouched]);
    await v8.notes.put(unclocked);
    // As version 8 stored them: packed by clock (the middleware that packed them is gone with the store).
    const fields = Object.keys(edit).filter((f) => !['id', 'version', 'deleted'].includes(f));
    const editGroups = [
      { v: 4, hlc: created, fields: fields.filter((f) => f !== 'title') },
      { v: 9, hlc: edited, fields: ['title'] },
    ];
    await v8.table('fieldMeta').bulkPut([
      { table: 'cases', id: edit.id, groups: editGroups },
      { table: 'cases', id: untouched.id, groups: [{ v: 4, hlc: created, fields }] },
      // Clocks of a row no longer held go with the store.
      { table: 'cases', id: '0190f0aa-0000-7000-8000-0000000000ff', groups: [{ v: 1, hlc: created, fields: ['title'] }] },
    ]);
    v8.close();

    const v9 = await openAt(factory, 9);
    expect(v9.verno).toBe(9);
    expect(v9.tables.map((t) => t.name)).not.toContain('fieldMeta');
    expect(v9.cases.schema.indexes.map((i) => i.name).sort()).toEqual(['createdAt', 'deleted', 'status', 'updatedAt', 'writtenAt']);
    const [editRow, untouchedRow, missing] = await v9.cases.bulkGet([edit.id, untouched.id, '0190f0aa-0000-7000-8000-0000000000ff']);
    expect(missing).toBeUndefined();
    expect(toRecord(editRow!)).toEqual(toRecord(edit));
    expect(editRow!.clocks).toEqual(editGroups);
    expect(clocksOf(editRow!).title).toEqual({ v: 9, hlc: edited });
    expect(clocksOf(editRow!).status).toEqual({ v: 4, hlc: created });
    expect(clocksOf(untouchedRow!)).toEqual(Object.fromEntries(fields.map((f) => [f, { v: 4, hlc: created }])));
    expect(await v9.notes.get(unclocked.id)).toEqual(unclocked);
    // Found by the indexes it keeps, and its type still read (sealed from its next write on).
    expect(await v9.cases.where('status').equals(edit.status).count()).toBe(2);
    expect(editRow!.type).toBe(edit.type);
    v9.close();

    // The clocks are in clear beside the seal, as they were in their own store; the values stay sealed.
    const raw = makeTestDb(name, { dataKey: undefined }, factory);
    await raw.open();
    const stored = (await raw.cases.get(edit.id)) as unknown as Record<string, unknown>;
    expect(stored.clocks).toEqual(editGroups);
    expect(stored.sealed).toBeInstanceOf(Uint8Array);
    expect(JSON.stringify(stored)).not.toContain(edit.title);
    raw.close();
  });

  it('folds a workspace larger than one read, table by table, rows without clocks left as they are', async () => {
    const factory = new IDBFactory();
    const v8 = await openAt(factory, 8);
    const noteIds = Array.from({ length: 4_500 }, (_, i) => `0190f0aa-0000-7000-8000-${String(i).padStart(12, '0')}`);
    await v8.notes.bulkPut(noteIds.map((id, i) => ({ ...sampleRecords.notes, id, text: `Note ${i}`, version: i + 1, deleted: 0 as const })));
    const goods = { ...sampleRecords.goods, version: 2, deleted: 0 as const };
    await v8.goods.put(goods);
    // Every third note has no clocks; the goods line's come in the per-field shape.
    await v8.table('fieldMeta').bulkPut([
      ...noteIds.filter((_, i) => i % 3 !== 0).map((id) => ({ table: 'notes', id, groups: [{ v: Number(id.slice(-12)) + 1, hlc: created, fields: ['text'] }] })),
      { table: 'goods', id: goods.id, fields: { description: { v: 2, hlc: edited } } },
    ]);
    v8.close();

    const v9 = await openAt(factory, 9);
    const notes = await v9.notes.toArray();
    expect(notes).toHaveLength(noteIds.length);
    for (const [i, note] of notes.entries()) {
      expect(note.text).toBe(`Note ${i}`);
      if (i % 3 === 0) expect(note).not.toHaveProperty('clocks');
      else expect(clocksOf(note)).toEqual({ text: { v: i + 1, hlc: created } });
    }
    expect(clocksOf((await v9.goods.get(goods.id))!)).toEqual({ description: { v: 2, hlc: edited } });
    v9.close();
  });
});
