/**
 * The push route's fast checks (`isPushRequest`, `isWireJson`) stand in for zod's walk and for
 * `findWireJsonIssue` on every well-formed push, so they must never accept what those refuse, and
 * should refuse nothing they accept (a refused push only costs the slow path). Both directions are
 * held here on valid pushes from the wire schema, on the fuzz suite's one-thing-broken variants,
 * and on hand-picked edge cases.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { formatHlc } from '../../shared/sync/hlc';
import { isPushRequest, pushRequestSchema } from '../../shared/sync/wire';
import { findWireJsonIssue, isWireJson, maxFieldDepth } from '../../shared/sync/wireText';
import { encodeBody, hostileVariant, unstorableText } from '../fuzz/hostileValues';
import { schemaBodies } from '../fuzz/wireArbitraries';
import { maxBodyDepth } from './protocol';

// The hostile variants include 100,000-character strings and 1,001-mutation batches.
vi.setConfig({ testTimeout: 60_000 });

/** A value as the server sees it: written as JSON and parsed back (hostile splices included). */
const overTheWire = (value: unknown): unknown => {
  const text = encodeBody(value);
  return text === '' ? undefined : JSON.parse(text);
};

/** True when some object in `value` has an own `__proto__` key (zod skips it in a record). */
function hasProtoKey(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null || depth > 40) return false;
  if (!Array.isArray(value) && Object.hasOwn(value, '__proto__')) return true;
  return Object.values(value).some((child) => hasProtoKey(child, depth + 1));
}

function expectSameVerdict(body: unknown): void {
  const fast = isPushRequest(body);
  const slow = pushRequestSchema.safeParse(body);
  if (fast) {
    // Accepted: zod accepts it too, and the request is used as it came.
    expect(slow.success).toBe(true);
    expect(slow.data).toEqual(body);
    expect(findWireJsonIssue(body, maxBodyDepth)).toBeNull();
  } else if (!hasProtoKey(body)) {
    expect(slow.success).toBe(false);
  }
}

const hlc = formatHlc({ ms: 1_767_225_600_000, counter: 0, deviceId: 'dev-1' });
const put = { mutationId: 1, table: 'cases', id: 'case-1', op: 'put', fields: { title: 'Plywood', tags: ['a'] }, base: { title: 3 }, hlc };
const push = (mutations: unknown[], extra: object = {}) => ({ deviceId: 'dev-1', schemaVersion: 1, mutations, ...extra });
const deep = (depth: number): unknown => (depth === 0 ? 'x' : [deep(depth - 1)]);

describe('isPushRequest', () => {
  it('agrees with pushRequestSchema on valid pushes', () => {
    fc.assert(fc.property(schemaBodies.push.map(overTheWire), (body) => {
      expect(isPushRequest(body)).toBe(true);
      expectSameVerdict(body);
    }), { numRuns: 300 });
  });

  it('agrees with pushRequestSchema on pushes with one thing broken (the fuzz suite’s hostile variants)', () => {
    const hostile = schemaBodies.push.chain((valid) => hostileVariant(pushRequestSchema, valid)).map((h) => overTheWire(h.value));
    fc.assert(fc.property(hostile, expectSameVerdict), { numRuns: 1000 });
  });

  it('agrees with pushRequestSchema on the refinements, the bounds and the edge cases', () => {
    const emoji = '😀';
    const cases: unknown[] = [
      push([put]),
      push([{ ...put, mutationId: 2, op: 'delete', fields: undefined, base: undefined }]),
      push([{ mutationId: 2, table: 'cases', id: 'c', op: 'delete', hlc }]),
      push([{ ...put, fields: undefined }]),
      push([{ ...put, op: 'delete' }]),
      push([{ ...put, op: 'delete', fields: undefined }]),
      push([{ ...put, base: { summary: 1 } }]),
      push([{ ...put, base: { toString: 1 } }]),
      push([{ ...put, base: {} }]),
      push([{ ...put, base: { title: -0 } }]),
      push([{ ...put, base: { title: -1 } }]),
      push([{ ...put, base: { title: 1.5 } }]),
      push([{ ...put, base: { title: 2 ** 53 } }]),
      push([{ ...put, mutationId: 2 ** 53 - 1 }]),
      push([{ ...put, mutationId: 2 ** 53 }]),
      push([{ ...put, mutationId: 0 }]),
      push([{ ...put, mutationId: Number.NaN }]),
      push([{ ...put, mutationId: Number.POSITIVE_INFINITY }]),
      push([{ ...put, id: emoji.repeat(64) }]),
      push([{ ...put, id: emoji.repeat(65) }]),
      push([{ ...put, id: 'x'.repeat(64) }]),
      push([{ ...put, id: 'x'.repeat(65) }]),
      push([{ ...put, id: `${'x'.repeat(63)}${emoji}` }]),
      push([{ ...put, fields: { [emoji.repeat(64)]: 1 } }]),
      push([{ ...put, fields: { ['k'.repeat(65)]: 1 } }]),
      push([{ ...put, fields: { '': 1 } }]),
      push([{ ...put, fields: { title: deep(maxFieldDepth - 1) } }]),
      push([{ ...put, fields: { title: deep(maxFieldDepth) } }]),
      push([{ ...put, fields: { title: deep(maxFieldDepth + 1) } }]),
      push([{ ...put, fields: [] }]),
      push([{ ...put, fields: null }]),
      push([{ ...put, fields: new Date(0) }]),
      push([{ ...put, table: 'toString' }]),
      push([{ ...put, table: 'fieldHistory' }]),
      push([{ ...put, op: 'PUT' }]),
      push([{ ...put, hlc: `${hlc}\n` }]),
      push([{ ...put, hlc: `${hlc}${'d'.repeat(64)}` }]),
      push([{ ...put, hlc: 'yesterday' }]),
      push([{ ...put, extra: 1 }]),
      push([put], { extra: 1 }),
      push([]),
      push(Array.from({ length: 1000 }, (_, i) => ({ ...put, mutationId: i + 1 }))),
      push(Array.from({ length: 1001 }, (_, i) => ({ ...put, mutationId: i + 1 }))),
      { ...push([put]), deviceId: '' },
      { ...push([put]), deviceId: emoji.repeat(64) },
      { ...push([put]), schemaVersion: '1' },
      { mutations: [put], schemaVersion: 1 },
      [push([put])],
      null,
      'push',
      ...unstorableText.flatMap((bad) => [
        push([{ ...put, id: `a${bad}` }]),
        push([{ ...put, fields: { [`k${bad}`]: 1 } }]),
        push([{ ...put, fields: { title: [{ deep: `v${bad}` }] } }]),
        push([{ ...put, base: { [`title${bad}`]: 1 } }]),
        push([{ ...put, hlc: `${hlc}${bad}` }]),
        { ...push([put]), deviceId: `d${bad}` },
      ]),
    ];
    for (const body of cases) expectSameVerdict(body);
    // The cases that matter most, spelled out.
    expect(isPushRequest(push([{ ...put, id: emoji.repeat(64) }]))).toBe(true);
    expect(isPushRequest(push([{ ...put, fields: { title: deep(maxFieldDepth) } }]))).toBe(true);
    expect(isPushRequest(push([{ ...put, fields: { title: deep(maxFieldDepth + 1) } }]))).toBe(false);
    expect(isPushRequest(push([{ ...put, fields: { title: 'a\u0000' } }]))).toBe(false);
  });

  it('leaves a __proto__ key to the schema', () => {
    const body = JSON.parse(`{"deviceId":"d","schemaVersion":1,"mutations":[{"mutationId":1,"table":"cases","id":"c","op":"put","fields":{"__proto__":{"isAdmin":true}},"hlc":"${hlc}"}]}`) as unknown;
    expect(isPushRequest(body)).toBe(false);
  });
});

describe('isWireJson', () => {
  const hostileText = fc.oneof(
    fc.string(),
    fc.tuple(fc.string(), fc.constantFrom(...unstorableText), fc.string()).map((parts) => parts.join('')),
  );
  const json = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'medium', maxDepth: 24 },
      hostileText,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(hostileText, tie('value'), { maxKeys: 3, noNullPrototype: true }),
    ),
  })).value;

  it('says there is no issue exactly when findWireJsonIssue finds none, at every depth bound', () => {
    fc.assert(fc.property(json, fc.integer({ min: 0, max: 24 }), (value, maxDepth) => {
      expect(isWireJson(value, maxDepth)).toBe(findWireJsonIssue(value, maxDepth) === null);
    }), { numRuns: 3000 });
  });

  it('refuses hostile nesting without overflowing the stack', () => {
    let value: unknown = 'x';
    for (let i = 0; i < 100_000; i++) value = i % 2 === 0 ? [value] : { a: value };
    expect(isWireJson(value, maxBodyDepth)).toBe(false);
    // `deep(n)` is n containers: the deepest is at depth n - 1, so n = maxDepth is the last allowed.
    expect(isWireJson(deep(maxBodyDepth), maxBodyDepth)).toBe(true);
    expect(isWireJson(deep(maxBodyDepth + 1), maxBodyDepth)).toBe(false);
  });
});
