import { describe, expect, it } from 'vitest';
import { mergeMutation } from './merge';
import { deleteOf, hlcAt, putOn, replay, rowOf, serverNowMs } from './mergeFixtures';
import type { MergeOutcome } from './mergeTypes';

const ctx = { serverNowMs, version: 10 };
const A = 'dev-a';
const B = 'dev-b';

function expectStatus<S extends MergeOutcome['status']>(o: MergeOutcome, status: S) {
  expect(o.status, JSON.stringify(o)).toBe(status);
  return o as Extract<MergeOutcome, { status: S }>;
}

describe('mergeMutation: deletes and tombstones', () => {
  const row = rowOf('cases');
  const edit = putOn(row, { title: 'Edited by A' }, { hlc: hlcAt(9_000, A), deviceId: A, base: 3 });
  const del = deleteOf(row, hlcAt(8_000, B), B);

  it('delete tombstones the row, keeps its values and stamps every field', () => {
    const o = expectStatus(mergeMutation(row, del, ctx), 'applied');
    expect(o.deleted).toBe(true);
    expect(o.fields).toEqual(row.fields);
    expect(Object.values(o.fieldMeta).every((m) => m.v === 10 && m.hlc === del.hlc)).toBe(true);
  });

  it('delete then an edit based before it: conflict, the record neither comes back nor loses the edit', () => {
    const { row: after, outcomes } = replay(row, [del, edit]);
    const o = expectStatus(outcomes[1]!, 'conflicted');
    expect(o.deleted).toBe(true);
    expect(o.changedFields).toEqual([]);
    expect(o.conflicts).toEqual([
      { field: 'title', reason: 'editAfterDelete', serverValue: row.fields.title, serverHlc: del.hlc, clientValue: 'Edited by A', clientHlc: edit.hlc },
    ]);
    expect(after).toMatchObject({ deleted: true, fields: row.fields });
  });

  it('an edit then the delete: the delete wins and the tombstone keeps the edit', () => {
    const { row: after, outcomes } = replay(row, [edit, del]);
    expect(outcomes.map((o) => o.status)).toEqual(['applied', 'applied']);
    expect(after).toMatchObject({ deleted: true, fields: { title: 'Edited by A' } });
  });

  it('a put that saw the delete (base = the delete version) restores the record', () => {
    const { row: tombstone } = replay(row, [del]);
    const restore = putOn(row, { title: 'Restored' }, { hlc: hlcAt(20_000, A), deviceId: A, base: tombstone!.version });
    const o = expectStatus(mergeMutation(tombstone, restore, { ...ctx, version: 12 }), 'applied');
    expect(o.deleted).toBe(false);
    expect(o.fields.title).toBe('Restored');
  });

  it('a restore with unchanged values still brings the record back', () => {
    const { row: tombstone } = replay(row, [del]);
    const restore = putOn(row, { title: row.fields.title }, { hlc: hlcAt(20_000, A), deviceId: A, base: tombstone!.version });
    expect(expectStatus(mergeMutation(tombstone, restore, { ...ctx, version: 12 }), 'applied').deleted).toBe(false);
  });

  it('deleting a tombstone again is a noop', () => {
    const { row: tombstone } = replay(row, [del]);
    expect(mergeMutation(tombstone, deleteOf(row, hlcAt(30_000, A), A), ctx)).toEqual({ status: 'noop' });
  });
});

describe('mergeMutation: deleting a verification request', () => {
  const sent = { status: 'sent', sentOn: '2026-01-06', frozenAt: '2026-01-06T08:00:00.000Z' };

  it('a sent request is a legal document: its delete is refused with record_frozen', () => {
    const row = rowOf('verificationRequests', sent);
    const o = expectStatus(mergeMutation(row, deleteOf(row, hlcAt(9_000, A), A), ctx), 'rejected');
    expect(o.code).toBe('record_frozen');
    // Refused however far a request went: closed ones are as final as the letter that was sent.
    const closed = rowOf('verificationRequests', { ...sent, status: 'closed', outcome: 'noReply' });
    expect(expectStatus(mergeMutation(closed, deleteOf(closed, hlcAt(9_000, A), A), ctx), 'rejected').code).toBe('record_frozen');
  });

  it('withdrawing it is a status change, which applies', () => {
    const row = rowOf('verificationRequests', sent);
    const withdraw = putOn(row, { status: 'closed', outcome: 'withdrawn' }, { hlc: hlcAt(9_000, A), deviceId: A, base: 3 });
    expect(expectStatus(mergeMutation(row, withdraw, ctx), 'applied').fields).toMatchObject({ status: 'closed', outcome: 'withdrawn' });
  });

  it('a draft may still be deleted', () => {
    const draft = rowOf('verificationRequests');
    expect(expectStatus(mergeMutation(draft, deleteOf(draft, hlcAt(9_000, A), A), ctx), 'applied').deleted).toBe(true);
  });
});

describe('mergeMutation: clock skew clamp', () => {
  const day = 24 * 60 * 60 * 1000;
  const row = rowOf('cases');

  it('an hlc more than 24 h ahead is clamped to the ceiling and reported', () => {
    const fast = putOn(row, { title: 'From the future' }, { hlc: hlcAt(365 * day, A, 3), deviceId: A, base: 3 });
    const o = expectStatus(mergeMutation(row, fast, ctx), 'applied');
    const ceiling = `${String(serverNowMs + day).padStart(15, '0')}-zzzzz-${A}`;
    expect(o.clampedHlc).toBe(ceiling);
    expect(o.fieldMeta.title).toEqual({ v: 10, hlc: ceiling });
  });

  it('within 24 h nothing is clamped', () => {
    const ahead = putOn(row, { title: 'Slightly ahead' }, { hlc: hlcAt(23 * 60 * 60 * 1000, A), deviceId: A, base: 3 });
    expect(mergeMutation(row, ahead, ctx)).not.toHaveProperty('clampedHlc');
  });

  it('a clamped change no longer beats a correct clock writing after the window', () => {
    const fast = putOn(row, { title: 'From a year-fast laptop' }, { hlc: hlcAt(365 * day, A), deviceId: A, base: 3 });
    const later = serverNowMs + 2 * day;
    const honest = putOn(row, { title: 'Two days later' }, { hlc: hlcAt(later - serverNowMs + 60 * 60 * 1000, B), deviceId: B, base: 3 });
    const { row: first } = replay(row, [fast]);
    const o = expectStatus(mergeMutation(first, honest, { serverNowMs: later, version: 11 }), 'applied');
    expect(o.fields.title).toBe('Two days later');
    expect(o.history.map((h) => h.value)).toEqual(['From a year-fast laptop']);
  });
});
