import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseOutcomes, caseStatuses } from '../domain';
import { clampHlc } from './clamp';
import { sameValue } from './sameValue';
import { mergeMutation } from './merge';
import { deleteOf, hlcAt, nextRow, putOn, replay, rowOf, serverNowMs } from './mergeFixtures';
import type { MergeInput, ServerRow } from './mergeTypes';

const devices = ['dev-a', 'dev-b', 'dev-c', 'dev-d', 'dev-e'];

/** Ordinary case fields with small value pools, so equal values and ties happen often. */
const ordinaryValue = {
  title: fc.constantFrom('Plywood', 'Wire rod', 'Honey', 'Steel wire rod declared as Vietnamese origin'),
  summary: fc.constantFrom('', 'Producer visited.', 'Awaiting CBP reply.'),
  priority: fc.constantFrom('low', 'normal', 'high', 'urgent'),
  tags: fc.constantFrom([], ['steel'], ['steel', 'eapa']),
};
const ordinaryFields = fc.record(ordinaryValue, { requiredKeys: [] }).filter((f) => Object.keys(f).length > 0);

/** Every field of the start row was written at v 3; concurrent changes are all based on it. */
const start = rowOf('cases');

/** One change per device (device ids distinct), all based on v 3, at close times (ties on ms). */
const concurrentSet = fc
  .shuffledSubarray(devices, { minLength: 2, maxLength: devices.length })
  .chain((ds) =>
    fc.tuple(...ds.map((d) => fc.tuple(fc.constant(d), ordinaryFields, fc.integer({ min: 1, max: 4 }), fc.nat(2)))),
  )
  .map((changes) =>
    changes.map(([d, fields, ms, counter]) => putOn(start, fields, { hlc: hlcAt(ms, d, counter), deviceId: d, base: 3 })),
  );

describe('mergeMutation properties', () => {
  it('order of arrival does not change the final ordinary fields of concurrent changes', () => {
    fc.assert(
      fc.property(
        concurrentSet.chain((set) => fc.tuple(fc.constant(set), fc.shuffledSubarray(set, { minLength: set.length }))),
        ([set, permuted]) => {
          const a = replay(start, set).row;
          const b = replay(start, permuted).row;
          expect(b?.fields).toEqual(a?.fields);
        },
      ),
    );
  });

  it('no value is lost: every value of a concurrent change is in the final row or in history', () => {
    fc.assert(
      fc.property(concurrentSet, (set) => {
        const { row, history } = replay(start, set);
        for (const change of set) {
          for (const [field, value] of Object.entries(change.fields ?? {})) {
            const kept = sameValue(row?.fields[field], value) || history.some((h) => h.field === field && sameValue(h.value, value));
            expect(kept, `${field}=${JSON.stringify(value)} from ${change.deviceId}`).toBe(true);
          }
        }
      }),
    );
  });

  it('applying the same change twice changes nothing the second time', () => {
    const rowState = fc.constantFrom<'live' | 'tombstone' | 'none'>('live', 'tombstone', 'none');
    const change = fc.record({
      op: fc.constantFrom<'put' | 'delete'>('put', 'put', 'delete'),
      fields: fc.record(
        { ...ordinaryValue, status: fc.constantFrom(...caseStatuses), outcome: fc.constantFrom(null, ...caseOutcomes) },
        { requiredKeys: [] },
      ),
      base: fc.constantFrom(undefined, 0, 3, 5),
      device: fc.constantFrom(...devices),
      ms: fc.integer({ min: -5_000, max: 3 * 24 * 60 * 60 * 1000 }),
    });
    fc.assert(
      fc.property(rowState, change, (state, c) => {
        const current = currentRow(state);
        const hlc = hlcAt(c.ms, c.device);
        const m: MergeInput =
          c.op === 'delete'
            ? deleteOf(start, hlc, c.device)
            : putOn(start, c.fields, { hlc, deviceId: c.device, ...(c.base === undefined ? {} : { base: c.base }) });
        const first = mergeMutation(current, m, { serverNowMs, version: 6 });
        const after = nextRow(current, m, first, 6);
        const second = mergeMutation(after, m, { serverNowMs, version: 7 });
        expect(nextRow(after, m, second, 6)).toEqual(after);
        if (second.status === 'applied' || second.status === 'conflicted') expect(second.changedFields).toEqual([]);
      }),
    );
  });

  it('clamping keeps the lexical order of one device’s clock values', () => {
    const value = fc.record({ ms: fc.integer({ min: 0, max: 5 * 24 * 60 * 60 * 1000 }), counter: fc.nat(36 ** 5 - 1) });
    fc.assert(
      fc.property(value, value, (x, y) => {
        const [a, b] = [hlcAt(x.ms, 'dev-a', x.counter), hlcAt(y.ms, 'dev-a', y.counter)].sort();
        expect(clampHlc(a!, serverNowMs) <= clampHlc(b!, serverNowMs)).toBe(true);
      }),
    );
  });
});

/** The start row as it is (v 5 for the status, by dev-b), deleted at v 5, or unknown to the server. */
function currentRow(state: 'live' | 'tombstone' | 'none'): ServerRow | null {
  if (state === 'none') return null;
  const row = rowOf('cases', { status: 'open' }, { version: 5 });
  row.fieldMeta.status = { v: 5, hlc: hlcAt(2_000, 'dev-b') };
  return state === 'live' ? row : replay(row, [deleteOf(row, hlcAt(2_500, 'dev-b'), 'dev-b')]).row;
}
