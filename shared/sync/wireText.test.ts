import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../domain/sampleRecords';
import { formatHlc } from './hlc';
import { enrollRequestSchema, hlcSchema, pushMutationSchema } from './wire';
import { findWireJsonIssue, isWireText, maxFieldDepth, wireTextMessages } from './wireText';

/** `depth` arrays nested in one another, written by hand: JSON.stringify itself recurses. */
const nestedArrays = (depth: number): unknown => JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`);

describe('isWireText', () => {
  it.each([
    ['plain ASCII', 'Plywood via VN'],
    ['Vietnamese', 'Nguyễn Văn Cẩn, Hải quan Việt Nam'],
    ['a surrogate pair (an emoji)', 'shipment 📦 held'],
    ['Chinese', '海关总署'],
  ])('accepts %s', (_name, text) => expect(isWireText(text)).toBe(true));

  it.each([
    ['a NUL', 'a\u0000b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a high surrogate at the end', 'abc\ud83d'],
    ['a lone low surrogate', '\udc00abc'],
    ['a pair in the wrong order', '\udce6\ud83d'],
  ])('refuses %s', (_name, text) => expect(isWireText(text)).toBe(false));
});

describe('findWireJsonIssue', () => {
  it('finds a malformed value or key anywhere, with its path', () => {
    expect(findWireJsonIssue({ a: [1, { b: 'ok' }, { c: 'x\ud800' }] }, 8)).toEqual({
      path: ['a', 2, 'c'],
      message: wireTextMessages.malformed,
    });
    expect(findWireJsonIssue({ a: { 'k\u0000': 1 } }, 8)).toEqual({ path: ['a', 'k\u0000'], message: wireTextMessages.malformed });
    expect(findWireJsonIssue('\u0000', 8)).toEqual({ path: [], message: wireTextMessages.malformed });
    expect(findWireJsonIssue({ a: [1, null, true, 'fine'] }, 8)).toBeNull();
  });

  it('refuses nesting past its limit and walks 100,000 levels without touching the call stack', () => {
    expect(findWireJsonIssue(nestedArrays(3), 3)).toBeNull();
    expect(findWireJsonIssue(nestedArrays(4), 3)).toEqual({ path: [0, 0, 0], message: wireTextMessages.tooDeep });
    expect(findWireJsonIssue(nestedArrays(100_000), 100_001)).toBeNull();
  });

  it('lets every sample record through: the depth limit is far from real records', () => {
    for (const record of Object.values(sampleRecords)) expect(findWireJsonIssue(record, maxFieldDepth - 1)).toBeNull();
  });
});

describe('wire schemas refuse text PostgreSQL cannot store', () => {
  const hlc = formatHlc({ ms: 1_767_225_600_000, counter: 0, deviceId: 'dev-1' });
  const put = { mutationId: 1, table: 'notes', id: 'n-1', op: 'put', fields: { text: 'ok' }, hlc } as const;
  const issuesOf = (value: unknown) => pushMutationSchema.safeParse(value).error?.issues.map((i) => [i.path, i.message]);

  it('in ids, field names, field values and hlcs, naming the path', () => {
    expect(issuesOf({ ...put, id: 'n\u0000' })).toEqual([[['id'], wireTextMessages.malformed]]);
    // zod reports a refused record key as `invalid_key`, the refinement's message nested inside.
    expect(issuesOf({ ...put, fields: { 'te\ud800xt': 'ok' } })?.map(([path]) => path)).toEqual([['fields', 'te\ud800xt']]);
    expect(issuesOf({ ...put, fields: { text: { deep: ['\ud800'] } } })).toEqual([[['fields', 'text', 'deep', 0], wireTextMessages.malformed]]);
    expect(hlcSchema.safeParse(`${hlc}\u0000x`).success).toBe(false);
    expect(hlcSchema.safeParse(formatHlc({ ms: 1, counter: 0, deviceId: '\ud800' })).success).toBe(false);
    expect(hlcSchema.safeParse(formatHlc({ ms: 1, counter: 0, deviceId: 'd'.repeat(65) })).success).toBe(false);
  });

  it('and field values nested too deeply, before anything recurses into them', () => {
    expect(issuesOf({ ...put, fields: { text: nestedArrays(5_000) } })?.[0]).toEqual([
      ['fields', 'text', ...Array.from({ length: maxFieldDepth }, () => 0)],
      wireTextMessages.tooDeep,
    ]);
  });

  it('in an enrollment', () => {
    expect(enrollRequestSchema.safeParse({ code: 'ABCD-EFGH', deviceName: 'Laptop 💻' }).success).toBe(true);
    expect(enrollRequestSchema.safeParse({ code: 'ABCD-EFGH', deviceName: 'Laptop\u0000' }).success).toBe(false);
    expect(enrollRequestSchema.safeParse({ code: 'ABCD\ud800', deviceName: 'Laptop' }).success).toBe(false);
  });
});
