import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../domain/sampleRecords';
import { mergeMutation } from './merge';
import { deleteOf, hlcAt, putOn, rowOf, serverNowMs, t0 } from './mergeFixtures';
import type { MergeOutcome, ServerRow } from './mergeTypes';

const ctx = { serverNowMs, version: 10 };
const A = 'dev-a';
const B = 'dev-b';
const C = 'dev-c';

function expectStatus<S extends MergeOutcome['status']>(o: MergeOutcome, status: S) {
  expect(o.status, JSON.stringify(o)).toBe(status);
  return o as Extract<MergeOutcome, { status: S }>;
}

/** A case whose title was last changed at version 7 by device B at t0+5 s. */
function caseEditedByB(): ServerRow {
  const row = rowOf('cases', { title: 'Wire rod via Hải Phòng' });
  row.fieldMeta.title = { v: 7, hlc: hlcAt(5_000, B) };
  row.version = 7;
  return row;
}

describe('mergeMutation: ordinary fields', () => {
  it('base equal: applies and stamps the new version, even with an older hlc, never a conflict', () => {
    const row = caseEditedByB();
    const change = putOn(row, { title: 'Plywood via VN' }, { hlc: hlcAt(1_000, A), deviceId: A, base: 7 });
    const o = expectStatus(mergeMutation(row, change, ctx), 'applied');
    expect(o.fields.title).toBe('Plywood via VN');
    expect(o.fieldMeta.title).toEqual({ v: 10, hlc: change.hlc });
    expect(o.changedFields).toEqual(['title']);
    expect(o.history).toEqual([]);
    expect(o.fields.summary).toBe(row.fields.summary);
  });

  it('base behind, client hlc newer: client value wins and the server value goes to history', () => {
    const row = caseEditedByB();
    const change = putOn(row, { title: 'Plywood via VN' }, { hlc: hlcAt(9_000, A), deviceId: A, base: 3 });
    const o = expectStatus(mergeMutation(row, change, ctx), 'applied');
    expect(o.fields.title).toBe('Plywood via VN');
    expect(o.history).toEqual([{ field: 'title', value: 'Wire rod via Hải Phòng', hlc: hlcAt(5_000, B), deviceId: B }]);
  });

  it('base behind, client hlc older: server value stays and the client value goes to history', () => {
    const row = caseEditedByB();
    const change = putOn(row, { title: 'Plywood via VN', priority: 'urgent' }, { hlc: hlcAt(2_000, A), deviceId: A, base: 3 });
    const o = expectStatus(mergeMutation(row, change, ctx), 'applied');
    expect(o.fields.title).toBe('Wire rod via Hải Phòng');
    expect(o.fieldMeta.title).toEqual(row.fieldMeta.title);
    // priority was not changed concurrently (v 3 = base): it applies beside the lost title
    expect(o.fields.priority).toBe('urgent');
    expect(o.changedFields).toEqual(['priority']);
    expect(o.history).toEqual([{ field: 'title', value: 'Plywood via VN', hlc: change.hlc, deviceId: A }]);
  });

  it('a change that loses on every field leaves the row as it was, its values only in history', () => {
    const row = caseEditedByB();
    const change = putOn(row, { title: 'Plywood via VN' }, { hlc: hlcAt(2_000, A), deviceId: A, base: 3 });
    const o = expectStatus(mergeMutation(row, change, ctx), 'applied');
    expect(o.changedFields).toEqual([]);
    expect(o.fields).toEqual(row.fields);
    expect(o.fieldMeta).toEqual(row.fieldMeta);
    expect(o.history).toHaveLength(1);
  });

  it('tie on time and counter is broken by device id', () => {
    const row = caseEditedByB(); // B wrote at t0+5 s, counter 0
    const fromC = putOn(row, { title: 'From C' }, { hlc: hlcAt(5_000, C), deviceId: C, base: 3 });
    const fromA = putOn(row, { title: 'From A' }, { hlc: hlcAt(5_000, A), deviceId: A, base: 3 });
    expect(expectStatus(mergeMutation(row, fromC, ctx), 'applied').fields.title).toBe('From C');
    expect(expectStatus(mergeMutation(row, fromA, ctx), 'applied').fields.title).toBe('Wire rod via Hải Phòng');
  });

  it('a device editing its own unacknowledged create (base 0) is never concurrent with itself', () => {
    const row = rowOf('cases', {}, { version: 4, writer: A });
    const change = putOn(row, { title: 'Renamed', status: 'open' }, { hlc: hlcAt(9_000, A), deviceId: A, base: 0 });
    const o = expectStatus(mergeMutation(row, change, ctx), 'applied');
    expect(o.fields).toMatchObject({ title: 'Renamed', status: 'open' });
    expect(o.history).toEqual([]);
  });

  it('stores the normalised value the schema produces', () => {
    const row = rowOf('cases');
    const change = putOn(row, { title: '  Gỗ dán  ' }, { hlc: hlcAt(9_000, A), deviceId: A, base: 3 });
    expect(expectStatus(mergeMutation(row, change, ctx), 'applied').fields.title).toBe('Gỗ dán');
  });
});

describe('mergeMutation: protected fields and status', () => {
  it('protected field concurrent: conflict, server keeps status and outcome, ordinary fields still merge', () => {
    const row = rowOf('cases', { status: 'open' });
    row.fieldMeta.status = { v: 8, hlc: hlcAt(5_000, B) };
    const change = putOn(
      row,
      { status: 'closed', outcome: 'confirmed', summary: 'Producer visited.' },
      { hlc: hlcAt(9_000, A), deviceId: A, base: 3 },
    );
    const o = expectStatus(mergeMutation(row, change, ctx), 'conflicted');
    expect(o.fields).toMatchObject({ status: 'open', outcome: null, summary: 'Producer visited.' });
    expect(o.changedFields).toEqual(['summary']);
    expect(o.conflicts).toEqual([
      { field: 'status', reason: 'concurrentEdit', serverValue: 'open', serverHlc: hlcAt(5_000, B), clientValue: 'closed', clientHlc: change.hlc },
      { field: 'outcome', reason: 'concurrentEdit', serverValue: null, serverHlc: hlcAt(0, 'dev-seed'), clientValue: 'confirmed', clientHlc: change.hlc },
    ]);
  });

  it('protected field concurrent but set to the same value: no conflict', () => {
    const row = rowOf('cases', { status: 'open' });
    row.fieldMeta.status = { v: 8, hlc: hlcAt(5_000, B) };
    const change = putOn(row, { status: 'open' }, { hlc: hlcAt(1_000, A), deviceId: A, base: 3 });
    expect(mergeMutation(row, change, ctx).status).toBe('noop');
  });

  it('protected field base equal: applied after the transition check', () => {
    const row = rowOf('cases');
    const change = putOn(row, { status: 'open', openedOn: '2026-01-06' }, { hlc: hlcAt(9_000, A), deviceId: A, base: 3 });
    const o = expectStatus(mergeMutation(row, change, ctx), 'applied');
    expect(o.fields.status).toBe('open');
    expect(o.fieldMeta.status).toEqual({ v: 10, hlc: change.hlc });
  });

  it('illegal transition: rejected, nothing applied', () => {
    const row = rowOf('cases');
    const change = putOn(row, { status: 'closed', outcome: 'confirmed', title: 'x' }, { hlc: hlcAt(9_000, A), deviceId: A, base: 3 });
    const o = expectStatus(mergeMutation(row, change, ctx), 'rejected');
    expect(o.code).toBe('invalid_transition');
    expect(o.details).toEqual({ from: 'draft', to: 'closed' });
  });

  it('the transition is checked from the current status, not the one the client saw', () => {
    // A closed the case itself (v 8), then pushes an older edit moving open → awaitingReply.
    const row = rowOf('cases', { status: 'closed', outcome: 'noFinding' });
    row.fieldMeta.status = { v: 8, hlc: hlcAt(5_000, A) };
    const change = putOn(row, { status: 'awaitingReply', outcome: null }, { hlc: hlcAt(6_000, A), deviceId: A, base: 3 });
    expect(expectStatus(mergeMutation(row, change, ctx), 'rejected').code).toBe('invalid_transition');
  });

  it('closing without an outcome: the merged record fails its schema', () => {
    const row = rowOf('cases', { status: 'open' });
    const change = putOn(row, { status: 'closed' }, { hlc: hlcAt(9_000, A), deviceId: A, base: 3 });
    const o = expectStatus(mergeMutation(row, change, ctx), 'rejected');
    expect(o.code).toBe('validation_failed');
    expect(o.details).toEqual({ issues: [{ path: 'outcome', message: 'validation.case.outcomeRequired' }] });
  });
});

describe('mergeMutation: frozen requests', () => {
  const sent = { status: 'sent', sentOn: '2026-01-06', frozenAt: '2026-01-06T08:00:00.000Z' };

  it('content of a sent request: record_frozen', () => {
    const row = rowOf('verificationRequests', sent);
    const change = putOn(row, { subject: 'Another subject' }, { hlc: hlcAt(9_000, A), deviceId: A, base: 3 });
    const o = expectStatus(mergeMutation(row, change, ctx), 'rejected');
    expect(o.code).toBe('record_frozen');
    expect(o.details).toEqual({ fields: ['subject'] });
  });

  it('tracking fields of a sent request still change', () => {
    const row = rowOf('verificationRequests', sent);
    const change = putOn(row, { theirReference: 'CBP-2026-77', status: 'acknowledged' }, { hlc: hlcAt(9_000, A), deviceId: A, base: 3 });
    expect(expectStatus(mergeMutation(row, change, ctx), 'applied').fields.theirReference).toBe('CBP-2026-77');
  });

  it('sending a draft with a last content edit is allowed', () => {
    const row = rowOf('verificationRequests');
    const change = putOn(row, { ...sent, subject: 'Final subject' }, { hlc: hlcAt(9_000, A), deviceId: A, base: 3 });
    expect(expectStatus(mergeMutation(row, change, ctx), 'applied').fields.subject).toBe('Final subject');
  });
});

describe('mergeMutation: questions of a sent request (ctx.requestSent)', () => {
  const sentCtx = { ...ctx, requestSent: true };
  const at = { hlc: hlcAt(9_000, A), deviceId: A, base: 3 };

  it('rewording or renumbering one is record_frozen, naming the fields', () => {
    const row = rowOf('requestQuestions');
    const o = expectStatus(mergeMutation(row, putOn(row, { text: 'Please also confirm the mill.', number: 2 }, at), sentCtx), 'rejected');
    expect(o).toMatchObject({ code: 'record_frozen', details: { fields: ['number', 'text'] } });
  });

  it('recording its answer is tracking: applied', () => {
    const row = rowOf('requestQuestions');
    const o = expectStatus(mergeMutation(row, putOn(row, { answer: 'Confirmed by the mill.', answeredOn: '2026-03-02' }, at), sentCtx), 'applied');
    expect(o.fields.answer).toBe('Confirmed by the mill.');
  });

  it('deleting one, or bringing one back from a delete, is record_frozen', () => {
    const row = rowOf('requestQuestions');
    expect(expectStatus(mergeMutation(row, deleteOf(row, hlcAt(9_000, A), A), sentCtx), 'rejected')).toMatchObject({ code: 'record_frozen', details: { op: 'delete' } });
    const tombstone = { ...row, deleted: true, fieldMeta: { ...row.fieldMeta, text: { v: 3, hlc: hlcAt(1_000, B) } } };
    expect(expectStatus(mergeMutation(tombstone, putOn(tombstone, { text: 'Back again' }, at), sentCtx), 'rejected')).toMatchObject({ details: { op: 'restore' } });
  });

  it('one the server has never seen is taken, as a request created already sent is (a late upload, in any order)', () => {
    const { id, ...fields } = sampleRecords.requestQuestions;
    const create = putOn({ table: 'requestQuestions', id }, fields, { hlc: hlcAt(9_000, A), deviceId: A });
    expect(expectStatus(mergeMutation(null, create, sentCtx), 'applied').fields.text).toBe(fields.text);
  });

  it('a put that repeats the content unchanged is not refused', () => {
    const row = rowOf('requestQuestions');
    expect(mergeMutation(row, putOn(row, { text: row.fields.text }, at), sentCtx).status).not.toBe('rejected');
  });

  it("the same changes to a draft's questions apply", () => {
    const row = rowOf('requestQuestions');
    expect(expectStatus(mergeMutation(row, putOn(row, { text: 'Please also confirm the mill.' }, at), ctx), 'applied').fields.text).toBe('Please also confirm the mill.');
    expect(mergeMutation(row, deleteOf(row, hlcAt(9_000, A), A), { ...ctx, requestSent: false }).status).toBe('applied');
  });
});

describe('mergeMutation: new records', () => {
  const { id, ...fields } = sampleRecords.parties;
  const target = { table: 'parties' as const, id };

  it('a complete valid record is created with every field stamped', () => {
    const change = putOn(target, fields, { hlc: hlcAt(9_000, A), deviceId: A });
    const o = expectStatus(mergeMutation(null, change, ctx), 'applied');
    expect(o.fields).toEqual(fields);
    expect(Object.keys(o.fieldMeta).sort()).toEqual(Object.keys(fields).sort());
    expect(o.fieldMeta.name).toEqual({ v: 10, hlc: change.hlc });
  });

  it('an incomplete or invalid new record is rejected', () => {
    const { name: _name, ...partial } = fields;
    const o = expectStatus(mergeMutation(null, putOn(target, partial, { hlc: hlcAt(9_000, A), deviceId: A }), ctx), 'rejected');
    expect(o.code).toBe('validation_failed');
    expect(o.details).toEqual({ issues: [{ path: 'name', message: 'validation.required' }] });
  });

  it('a field the schema does not know is refused, not silently dropped', () => {
    const change = putOn(target, { ...fields, nickname: 'x' }, { hlc: hlcAt(9_000, A), deviceId: A });
    expect(expectStatus(mergeMutation(null, change, ctx), 'rejected').details).toEqual({
      issues: [{ path: 'nickname', message: 'sync.field.unknown' }],
    });
  });

  it('an edit (with base) of a record the server never had: not_found', () => {
    const change = putOn(target, { name: 'x' }, { hlc: hlcAt(9_000, A), deviceId: A, base: 2 });
    expect(expectStatus(mergeMutation(null, change, ctx), 'rejected').code).toBe('not_found');
    expect(expectStatus(mergeMutation(null, { ...target, op: 'delete', hlc: change.hlc, deviceId: A }, ctx), 'rejected').code).toBe('not_found');
  });
});

describe('mergeMutation: duplicates', () => {
  it('the same change twice: the second is a noop', () => {
    const row = rowOf('cases');
    const change = putOn(row, { title: 'Plywood via VN' }, { hlc: hlcAt(9_000, A), deviceId: A, base: 3 });
    const first = expectStatus(mergeMutation(row, change, ctx), 'applied');
    const after = { ...row, fields: first.fields, fieldMeta: first.fieldMeta, version: 10 };
    expect(mergeMutation(after, change, { ...ctx, version: 11 })).toEqual({ status: 'noop' });
  });

  it('values equal to the stored ones from an older change: noop', () => {
    const row = caseEditedByB();
    const change = putOn(row, { title: 'Wire rod via Hải Phòng' }, { hlc: hlcAt(1_000, A), deviceId: A, base: 3 });
    expect(mergeMutation(row, change, ctx)).toEqual({ status: 'noop' });
  });

  it('an equal value from a newer change is restamped, so later concurrent changes compare with it', () => {
    const row = caseEditedByB();
    const change = putOn(row, { title: 'Wire rod via Hải Phòng' }, { hlc: hlcAt(9_000, A), deviceId: A, base: 3 });
    const o = expectStatus(mergeMutation(row, change, ctx), 'applied');
    expect(o.fields.title).toBe(row.fields.title);
    expect(o.fieldMeta.title).toEqual({ v: 10, hlc: change.hlc });
    expect(o.history).toEqual([]);
  });

  it('a malformed hlc is refused', () => {
    const row = rowOf('cases');
    const change = putOn(row, { title: 'x' }, { hlc: `${t0}-0-${A}`, deviceId: A, base: 3 });
    expect(expectStatus(mergeMutation(row, change, ctx), 'rejected').code).toBe('validation_failed');
  });
});
