import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { makeCase, makeParty } from '../../../test/fixtures/makeCase';
import { commitChanges, type AttacheDb, type ChangeLogEntry } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { dayRangeBounds, fromChangeLog, loadAuditEvents, loadRecordAudit, mergeAuditEvents } from './auditEvents';
import { loadAuditRecords, recordKey } from './auditRecords';
import { recordExport, recordExports, recordView } from './recordView';

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb();
  await db.open();
});
afterEach(() => db.close());

const at = (iso: string) => () => new Date(iso);
const ctx = (iso: string) => ({ actor: 'Nguyễn Văn An', deviceId: 'device-a', now: at(iso) });

describe('audit events', () => {
  it('list an export of a case beside its openings, as its own action', async () => {
    await recordView(db, 'cases', 'c1', ctx('2026-01-05T08:00:00.000Z'));
    await recordExport(db, 'cases', 'c1', ctx('2026-01-05T09:00:00.000Z'));
    const events = await loadRecordAudit(db, 'cases', 'c1');
    expect(events.map((e) => [e.action, e.actor, e.at])).toEqual([
      ['export', 'Nguyễn Văn An', '2026-01-05T09:00:00.000Z'],
      ['view', 'Nguyễn Văn An', '2026-01-05T08:00:00.000Z'],
    ]);
  });

  it('list each record of a file exported whole (the requests register) as exported, at the same time', async () => {
    await recordExports(db, 'verificationRequests', ['r1', 'r2'], ctx('2026-02-01T10:00:00.000Z'));
    for (const id of ['r1', 'r2']) {
      const events = await loadRecordAudit(db, 'verificationRequests', id);
      expect(events.map((e) => [e.action, e.actor, e.at])).toEqual([['export', 'Nguyễn Văn An', '2026-02-01T10:00:00.000Z']]);
    }
    expect(await loadRecordAudit(db, 'verificationRequests', 'r3')).toEqual([]);
  });

  it("list on a request's page its questions' changes too, not the case's", async () => {
    const { cases: kase, verificationRequests: request, requestQuestions: question } = sampleRecords;
    await commitChanges(db, [{ table: 'cases', id: kase.id, op: 'put', fields: { ...kase } }], ctx('2026-03-01T08:00:00.000Z'));
    await commitChanges(db, [{ table: 'verificationRequests', id: request.id, op: 'put', fields: { ...request, caseId: kase.id } }], ctx('2026-03-02T08:00:00.000Z'));
    await commitChanges(db, [{ table: 'requestQuestions', id: question.id, op: 'put', fields: { ...question, requestId: request.id } }], ctx('2026-03-03T08:00:00.000Z'));
    await commitChanges(db, [{ table: 'requestQuestions', id: question.id, op: 'put', fields: { text: 'Which mill rolled the coils?' } }], ctx('2026-03-04T08:00:00.000Z'));
    const events = await loadRecordAudit(db, 'verificationRequests', request.id);
    expect(events.map((e) => [e.table, e.action])).toEqual([
      ['requestQuestions', 'update'],
      ['requestQuestions', 'create'],
      ['verificationRequests', 'create'],
    ]);
  });

  it('list an update field by field without updatedAt, and a create without its empty fields and timestamps', () => {
    const update: ChangeLogEntry = {
      seq: 7,
      at: '2026-01-05T08:00:00.000Z',
      actor: 'An',
      deviceId: 'd',
      table: 'cases',
      recordId: 'c1',
      op: 'update',
      changes: { title: { old: 'A', new: 'B' }, updatedAt: { old: 'x', new: 'y' }, outcome: { old: 'confirmed', new: null } },
    };
    expect(fromChangeLog(update)).toMatchObject({
      key: 'change-7',
      action: 'update',
      changes: [
        { field: 'title', old: 'A', new: 'B' },
        { field: 'outcome', old: 'confirmed', new: null },
      ],
    });
    const create: ChangeLogEntry = {
      ...update,
      op: 'create',
      changes: { title: { old: null, new: 'B' }, tags: { old: null, new: [] }, outcome: { old: null, new: null }, createdAt: { old: null, new: 'x' }, priority: { old: null, new: 'high' } },
    };
    expect(fromChangeLog(create).changes.map((c) => c.field)).toEqual(['title', 'priority']);
  });

  it('merge changes and views newest first; at the same instant the later one first', () => {
    const change = (seq: number, iso: string): ChangeLogEntry => ({ seq, at: iso, actor: 'An', deviceId: 'd', table: 'cases', recordId: 'c1', op: 'update', changes: {} });
    const view = { id: 'v1', at: '2026-01-05T09:00:00.000Z', actor: 'Bình', deviceId: 'd2', table: 'cases' as const, recordId: 'c1', sent: 0 as const };
    const merged = mergeAuditEvents([change(1, '2026-01-05T08:00:00.000Z'), change(2, '2026-01-05T09:00:00.000Z')], [view]);
    expect(merged.map((e) => e.key)).toEqual(['view-v1', 'change-2', 'change-1']);
    expect(merged[0]).toMatchObject({ action: 'view', actor: 'Bình', deviceId: 'd2', changes: [] });
  });

  it('bound a range of local days, both ends included', () => {
    const { lower, upper } = dayRangeBounds({ from: '2026-01-05', to: '2026-01-06' });
    expect(new Date(lower).getDate()).toBe(5);
    expect(new Date(lower).getHours()).toBe(0);
    expect(new Date(upper).getDate()).toBe(7);
    expect(dayRangeBounds({ from: null, to: null })).toEqual({ lower: '', upper: '\uffff' });
  });

  it('are read from the change log and the view log, by date range, and per record', async () => {
    const kase = makeCase();
    const party = makeParty(kase.id);
    await commitChanges(db, [{ table: 'cases', id: kase.id, op: 'put', fields: kase }], ctx('2026-01-05T08:00:00.000Z'));
    await commitChanges(db, [{ table: 'parties', id: party.id, op: 'put', fields: party }], ctx('2026-01-06T08:00:00.000Z'));
    await recordView(db, 'cases', kase.id, ctx('2026-01-07T08:00:00.000Z'));
    await commitChanges(db, [{ table: 'cases', id: kase.id, op: 'put', fields: { priority: 'high' } }], ctx('2026-01-08T08:00:00.000Z'));

    const all = await loadAuditEvents(db);
    expect(all.map((e) => [e.action, e.table, e.at.slice(0, 10)])).toEqual([
      ['update', 'cases', '2026-01-08'],
      ['view', 'cases', '2026-01-07'],
      ['create', 'parties', '2026-01-06'],
      ['create', 'cases', '2026-01-05'],
    ]);
    expect(all[0]?.changes).toEqual([{ field: 'priority', old: 'normal', new: 'high' }]);
    expect(all[1]).toMatchObject({ actor: 'Nguyễn Văn An', deviceId: 'device-a', recordId: kase.id });

    const middle = await loadAuditEvents(db, { from: '2026-01-06', to: '2026-01-07' });
    expect(middle.map((e) => e.action)).toEqual(['view', 'create']);
    expect(await loadAuditEvents(db, { from: '2026-01-08', to: '2026-01-06' })).toEqual([]);

    // A case's activity is its family's: the party added to it counts (issue 11).
    const ofCase = await loadRecordAudit(db, 'cases', kase.id);
    expect(ofCase.map((e) => [e.action, e.table])).toEqual([
      ['update', 'cases'],
      ['view', 'cases'],
      ['create', 'parties'],
      ['create', 'cases'],
    ]);
    expect((await loadRecordAudit(db, 'parties', party.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('name their records by reference and title, a case child by its case, and know missing ones', async () => {
    const kase = makeCase({ reference: '2026-K7QX-0042', title: 'Quartz slabs' });
    const party = makeParty(kase.id);
    await commitChanges(db, [
      { table: 'cases', id: kase.id, op: 'put', fields: kase },
      { table: 'parties', id: party.id, op: 'put', fields: party },
    ], ctx('2026-01-05T08:00:00.000Z'));
    await commitChanges(db, [{ table: 'parties', id: party.id, op: 'delete' }], ctx('2026-01-05T09:00:00.000Z'));
    await recordView(db, 'cases', 'gone', ctx('2026-01-05T10:00:00.000Z'));
    const { byKey: records, refs } = await loadAuditRecords(db, await loadAuditEvents(db));
    const caseRef = { id: kase.id, reference: '2026-K7QX-0042', title: 'Quartz slabs' };
    expect(records.get(recordKey('cases', kase.id))).toMatchObject({ reference: '2026-K7QX-0042', title: 'Quartz slabs', caseId: kase.id });
    // A deleted party is still named by its case, with what it was.
    expect(records.get(recordKey('parties', party.id))).toMatchObject({
      reference: '2026-K7QX-0042',
      title: '',
      caseId: kase.id,
      named: { table: 'parties', row: { role: party.role, name: party.name }, caseRef, deleted: true },
    });
    expect(records.has(recordKey('cases', 'gone'))).toBe(false);
    // The party's caseId reads as the case's reference.
    expect(refs.cases.get(kase.id)).toEqual(caseRef);
  });
});
