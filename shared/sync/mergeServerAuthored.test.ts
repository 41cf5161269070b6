import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../domain/sampleRecords';
import { mergeMutation } from './merge';
import { deleteOf, hlcAt, putOn, replay, rowOf, serverNowMs } from './mergeFixtures';
import type { MergeInput, MergeOutcome } from './mergeTypes';

const ctx = { serverNowMs, version: 10 };
const A = 'dev-a';
const B = 'dev-b';
const resolution = (by: string, value: unknown) => ({
  status: 'resolved',
  resolvedValue: value,
  resolvedBy: by,
  resolvedAt: '2026-01-01T00:30:00.000Z',
});

function expectForbidden(o: MergeOutcome) {
  expect(o.status, JSON.stringify(o)).toBe('rejected');
  expect(o).toMatchObject({ code: 'forbidden_table' });
}

describe('mergeMutation: server-authored tables', () => {
  const conflict = rowOf('conflicts');
  const history = rowOf('fieldHistory');

  it('refuses a client creating a conflict, even a valid one', () => {
    const { id: _id, ...fields } = { ...sampleRecords.conflicts };
    const create: MergeInput = { table: 'conflicts', id: conflict.id, op: 'put', fields, hlc: hlcAt(1_000, A), deviceId: A };
    expectForbidden(mergeMutation(null, create, ctx));
  });

  it('refuses every client write to field history: create, edit, delete', () => {
    const { id: _id, ...fields } = { ...sampleRecords.fieldHistory };
    expectForbidden(mergeMutation(null, { table: 'fieldHistory', id: history.id, op: 'put', fields, hlc: hlcAt(1_000, A), deviceId: A }, ctx));
    expectForbidden(mergeMutation(history, putOn(history, { value: 'rewritten' }, { hlc: hlcAt(1_000, A), deviceId: A, base: 3 }), ctx));
    expectForbidden(mergeMutation(history, deleteOf(history, hlcAt(1_000, A), A), ctx));
  });

  it('refuses deleting a conflict or changing what it records', () => {
    expectForbidden(mergeMutation(conflict, deleteOf(conflict, hlcAt(1_000, A), A), ctx));
    const forged = putOn(conflict, { ...resolution('Mai', 'closed'), clientValue: 'closed' }, { hlc: hlcAt(1_000, A), deviceId: A, base: 3 });
    expectForbidden(mergeMutation(conflict, forged, ctx));
  });

  it('applies a resolution of an existing conflict like an ordinary change', () => {
    const resolve = putOn(conflict, resolution('Nguyễn Thị Mai', 'closed'), { hlc: hlcAt(1_000, A), deviceId: A, base: 3 });
    const o = mergeMutation(conflict, resolve, ctx);
    expect(o.status).toBe('applied');
    expect(o).toMatchObject({ fields: { ...resolution('Nguyễn Thị Mai', 'closed'), clientValue: 'awaitingReply' } });
  });

  it('refuses a partial resolution: its four fields travel together', () => {
    const half = putOn(conflict, { status: 'resolved' }, { hlc: hlcAt(1_000, A), deviceId: A, base: 3 });
    expectForbidden(mergeMutation(conflict, half, ctx));
  });

  it('still validates a resolution (a resolved conflict says who and when)', () => {
    const nameless = putOn(conflict, resolution('', 'closed'), { hlc: hlcAt(1_000, A), deviceId: A, base: 3 });
    expect(mergeMutation(conflict, nameless, ctx)).toMatchObject({ status: 'rejected', code: 'validation_failed' });
  });

  it('two members resolving at once, one keeping a null value: the later decision wins whole (found by the simulation)', () => {
    const byA = putOn(conflict, resolution('Mai', 'notConfirmed'), { hlc: hlcAt(1_000, A), deviceId: A, base: 3 });
    const byB = putOn(conflict, resolution('John', null), { hlc: hlcAt(2_000, B), deviceId: B, base: 3 });
    for (const order of [[byA, byB], [byB, byA]]) {
      expect(replay(conflict, order).row?.fields).toMatchObject(resolution('John', null));
    }
  });

  it('two members resolving at once: the later resolution wins, the other is kept in history', () => {
    const byA = putOn(conflict, resolution('Mai', 'closed'), { hlc: hlcAt(1_000, A), deviceId: A, base: 3 });
    const byB = putOn(conflict, resolution('John', 'awaitingReply'), { hlc: hlcAt(2_000, B), deviceId: B, base: 3 });
    for (const order of [[byA, byB], [byB, byA]]) {
      const r = replay(conflict, order);
      expect(r.conflicts).toEqual([]);
      expect(r.row?.fields).toMatchObject(resolution('John', 'awaitingReply'));
      expect(r.history.map((h) => [h.field, h.value])).toEqual(
        expect.arrayContaining([['resolvedBy', 'Mai'], ['resolvedValue', 'closed']]),
      );
    }
  });
});
