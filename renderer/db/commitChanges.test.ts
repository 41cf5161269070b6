import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { parseHlc } from '../../shared/sync';
import type { AttacheDb } from './AttacheDb';
import { commitChanges, type Change } from './commitChanges';
import { sampleRecords } from '../../shared/domain/sampleRecords';
import { RecordMissingError, RecordValidationError, ServerAuthoredWriteError, StatusTransitionError } from './errors';
import { newId } from './ids';
import { makeTestDb, newTestDataKey } from './testDb';
import { clocksOf, withClocks } from './rowClocks';
import { toRecord } from './domainRecord';

const deviceId = '0190f0aa-1111-4222-8333-444455556666';
const ctx = { actor: 'Nguyễn Văn A', deviceId, now: () => new Date('2026-03-02T09:00:00.000Z') };

function makeCase(overrides: Record<string, unknown> = {}) {
  return {
    id: newId(),
    reference: '2026-K7QX-0001',
    title: 'Plywood declared Vietnamese, suspected Chinese origin',
    type: 'transshipment',
    status: 'draft',
    outcome: null,
    priority: 'normal',
    partnerCountry: 'US',
    direction: 'incoming',
    legalBasis: 'CMAA US–VN, Art. 4',
    summary: '',
    assignee: 'Trần Thị B',
    tags: ['plywood'],
    adCvdOrders: ['A-570-051'],
    confidentiality: 'officialUse',
    linkedCaseIds: [],
    openedOn: null,
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
    archivedAt: null,
    ...overrides,
  };
}

const putCase = (fields: Record<string, unknown>): Change => ({ table: 'cases', id: fields.id as string, op: 'put', fields });

async function snapshot(db: AttacheDb) {
  return {
    cases: await db.cases.toArray(),
    parties: await db.parties.toArray(),
    outbox: await db.outbox.toArray(),
    changeLog: await db.changeLog.toArray(),
    meta: await db.meta.toArray(),
  };
}

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb();
  await db.open();
});
afterEach(() => db.close());

describe('commitChanges', () => {
  it('writes the row, its outbox mutation and its audit entry together', async () => {
    const record = makeCase();
    await commitChanges(db, [putCase(record)], ctx);

    const row = await db.cases.get(record.id);
    expect(row).toMatchObject({ title: record.title, version: 0, deleted: 0, updatedAt: '2026-03-02T09:00:00.000Z' });
    // The per-field clocks are in the row, every field stamped alike: one group, without field names.
    expect(row!.clocks).toEqual([{ v: 0, hlc: expect.any(String) }]);
    const clocks = clocksOf(row!);
    expect(Object.keys(clocks).sort()).toEqual(Object.keys(record).filter((k) => k !== 'id').sort());
    const hlcs = new Set(Object.values(clocks).map((m) => m.hlc));
    expect(hlcs.size).toBe(1);
    expect(Object.values(clocks).every((m) => m.v === 0)).toBe(true);
    expect(parseHlc([...hlcs][0]!).deviceId).toBe(deviceId);

    const [entry, ...more] = await db.outbox.toArray();
    expect(more).toHaveLength(0);
    expect(entry).toMatchObject({ mutationId: 1, table: 'cases', id: record.id, op: 'put' });
    expect(entry!.base).toBeUndefined();
    expect(entry!.fields).not.toHaveProperty('id');
    expect(entry!.fields).toMatchObject({ title: record.title, status: 'draft' });

    const [audit] = await db.changeLog.toArray();
    expect(audit).toMatchObject({ actor: 'Nguyễn Văn A', deviceId, table: 'cases', recordId: record.id, op: 'create' });
    expect(audit!.changes.title).toEqual({ old: null, new: record.title });
  });

  it('writes nothing when a record is invalid, and says which field and why', async () => {
    await commitChanges(db, [putCase(makeCase())], ctx);
    const before = await snapshot(db);

    const bad = makeCase({ partnerCountry: 'XX', title: '' });
    const error = await commitChanges(db, [putCase(bad)], ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    const issues = (error as RecordValidationError).issues;
    expect(issues.map((i) => i.path).sort()).toEqual(['partnerCountry', 'title']);
    expect(issues.every((i) => i.message.startsWith('validation.'))).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing of a batch whose second record is invalid', async () => {
    const caseRecord = makeCase();
    const party = { id: newId(), caseId: caseRecord.id, role: 'exporter', kind: 'company', name: '' };
    const error = await commitChanges(
      db,
      [putCase(caseRecord), { table: 'parties', id: party.id, op: 'put', fields: party }],
      ctx,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as RecordValidationError).table).toBe('parties');
    expect(await snapshot(db)).toEqual({ cases: [], parties: [], outbox: [], changeLog: [], meta: [] });
  });

  it('numbers outbox mutations 1, 2, 3… without gaps, even after entries were pushed', async () => {
    const a = makeCase();
    const b = makeCase();
    await commitChanges(db, [putCase(a), putCase(b)], ctx);
    await commitChanges(db, [putCase({ id: a.id, title: 'Renamed' })], ctx);
    expect((await db.outbox.toArray()).map((e) => e.mutationId)).toEqual([1, 2, 3]);

    await db.outbox.clear(); // the server acknowledged them
    await commitChanges(db, [putCase({ id: b.id, priority: 'high' })], ctx);
    expect((await db.outbox.toArray()).map((e) => e.mutationId)).toEqual([4]);

    // a failed commit consumes no id
    await commitChanges(db, [putCase({ id: b.id, priority: 'extreme' })], ctx).catch(() => undefined);
    await commitChanges(db, [putCase({ id: b.id, priority: 'low' })], ctx);
    expect((await db.outbox.toArray()).map((e) => e.mutationId)).toEqual([4, 5]);
  });

  it('pushes only the fields an edit changed, each based on its last synced version', async () => {
    const record = makeCase();
    await commitChanges(db, [putCase(record)], ctx);
    // As after a sync: the server stamped every field with version 7.
    const row = (await db.cases.get(record.id))!;
    const clocks = clocksOf(row);
    const synced = Object.fromEntries(Object.entries(clocks).map(([k, m]) => [k, { ...m, v: 7 }]));
    await db.cases.put(withClocks({ ...row, version: 7 }, synced));
    await db.outbox.clear();

    const later = { ...ctx, now: () => new Date('2026-03-03T10:00:00.000Z') };
    await commitChanges(db, [putCase({ id: record.id, title: 'New title', priority: record.priority, tags: ['plywood'] })], later);
    const [entry] = await db.outbox.toArray();
    expect(Object.keys(entry!.fields!).sort()).toEqual(['title', 'updatedAt']);
    expect(entry!.base).toEqual({ title: 7, updatedAt: 7 });
    const after = (await db.cases.get(record.id))!;
    expect(after.version).toBe(7);
    expect(after.updatedAt).toBe('2026-03-03T10:00:00.000Z');
    const afterClocks = clocksOf(after);
    expect(afterClocks.title).toEqual({ v: 7, hlc: entry!.hlc });
    expect(afterClocks.title!.hlc > clocks.title!.hlc).toBe(true);
    expect(afterClocks.priority).toEqual(synced.priority);
    const audit = (await db.changeLog.toArray()).at(-1)!;
    expect(audit.op).toBe('update');
    expect(audit.changes.title).toEqual({ old: record.title, new: 'New title' });
    expect(Object.keys(audit.changes).sort()).toEqual(['title', 'updatedAt']);
  });

  it('drops an edit that changes nothing', async () => {
    const record = makeCase();
    await commitChanges(db, [putCase(record)], ctx);
    const before = await snapshot(db);
    await commitChanges(db, [putCase({ id: record.id, title: `  ${record.title} `, tags: ['plywood'] })], ctx);
    expect(await snapshot(db)).toEqual(before);
  });

  it('deletes as a tombstone with a delete mutation, and refuses to edit it afterwards', async () => {
    const record = makeCase();
    await commitChanges(db, [putCase(record)], ctx);
    await commitChanges(db, [{ table: 'cases', id: record.id, op: 'delete' }], ctx);

    expect(await db.cases.get(record.id)).toMatchObject({ id: record.id, deleted: 1, title: record.title });
    // The tombstone keeps the clocks of its last values.
    expect(Object.keys(clocksOf((await db.cases.get(record.id))!))).toContain('title');
    const entry = (await db.outbox.toArray()).at(-1)!;
    expect(entry).toMatchObject({ mutationId: 2, op: 'delete', id: record.id });
    expect(entry.fields).toBeUndefined();
    expect((await db.changeLog.toArray()).at(-1)).toMatchObject({ op: 'delete', recordId: record.id });

    await expect(commitChanges(db, [putCase({ id: record.id, title: 'Back' })], ctx)).rejects.toBeInstanceOf(RecordMissingError);
    await expect(commitChanges(db, [{ table: 'cases', id: newId(), op: 'delete' }], ctx)).rejects.toBeInstanceOf(
      RecordMissingError,
    );
  });

  it('refuses a status move the state machine forbids and writes nothing', async () => {
    const record = makeCase();
    await commitChanges(db, [putCase(record)], ctx);
    const before = await snapshot(db);

    const error = await commitChanges(db, [putCase({ id: record.id, status: 'closed', outcome: 'confirmed' })], ctx).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StatusTransitionError);
    expect(error).toMatchObject({ table: 'cases', id: record.id, from: 'draft', to: 'closed' });
    expect(await snapshot(db)).toEqual(before);

    await commitChanges(db, [putCase({ id: record.id, status: 'open' })], ctx);
    expect((await db.cases.get(record.id))!.status).toBe('open');
  });

  it('refuses to create conflicts or field history, which only the server writes, and writes nothing', async () => {
    const before = await snapshot(db);
    for (const table of ['conflicts', 'fieldHistory'] as const) {
      const fields = { ...sampleRecords[table], id: newId() };
      const error = await commitChanges(db, [{ table, id: fields.id, op: 'put', fields }], ctx).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServerAuthoredWriteError);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('composes several changes of one record in a single commit', async () => {
    const record = makeCase();
    await commitChanges(db, [putCase(record), putCase({ id: record.id, status: 'open' })], ctx);
    expect((await db.cases.get(record.id))!.status).toBe('open');
    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => e.op)).toEqual(['put', 'put']);
    const clocks = clocksOf((await db.cases.get(record.id))!);
    expect(clocks.status).toEqual({ v: 0, hlc: outbox[1]!.hlc });
    expect(clocks.title).toEqual({ v: 0, hlc: outbox[0]!.hlc });
  });

  it('keeps the clocks of fields edited apart in groups, and records without them', async () => {
    const records = [makeCase(), makeCase({ status: 'open' })];
    await commitChanges(db, records.map(putCase), ctx);
    await commitChanges(db, [putCase({ id: records[0]!.id, title: 'Edited' })], ctx);

    const [edited, untouched] = [await db.cases.get(records[0]!.id), await db.cases.get(records[1]!.id)];
    const [editEntry] = (await db.outbox.toArray()).slice(-1);
    expect(untouched!.clocks).toEqual([{ v: 0, hlc: expect.any(String) }]);
    expect(edited!.clocks).toHaveLength(2);
    expect(edited!.clocks).toContainEqual({ v: 0, hlc: editEntry!.hlc, fields: ['title'] });
    for (const row of [edited!, untouched!]) {
      expect(Object.keys(toRecord(row)).sort()).toEqual(Object.keys(records[0]!).sort());
      expect(JSON.stringify(toRecord(row))).not.toContain('"hlc"');
    }
  });

  it('stamps ever-increasing HLCs even when the wall clock goes backwards between sessions', async () => {
    const factory = new IDBFactory();
    const dataKey = newTestDataKey(); // one profile: both sessions unlock the same key
    const first = makeTestDb('attache-ws-clock', { dataKey }, factory);
    const record = makeCase();
    await commitChanges(first, [putCase(record)], { ...ctx, now: () => new Date('2026-05-01T00:00:00Z') });
    first.close();

    // A new session (new db object, new in-memory clock) on a laptop whose clock was set back.
    const second = makeTestDb('attache-ws-clock', { dataKey }, factory);
    await commitChanges(second, [putCase({ id: record.id, title: 'Later' })], { ...ctx, now: () => new Date('2026-01-01T00:00:00Z') });
    const [a, b] = await second.outbox.toArray();
    expect(b!.hlc > a!.hlc).toBe(true);
    second.close();
  });
});
