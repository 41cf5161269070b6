import { describe, expect, it } from 'vitest';
import { formatHlc } from './hlc';
import { groupClocks } from './clockGroups';
import {
  errorBodySchema,
  groupedPullResponseSchema,
  pullRequestSchema,
  pulledChangeSchema,
  pullResponseSchema,
  pushMutationSchema,
  pushRequestSchema,
  pushResponseSchema,
  ungroupPullResponse,
} from './wire';

const hlc = formatHlc({ ms: 1_767_225_600_000, counter: 0, deviceId: 'dev-1' });
const caseId = '019b7a3e-1f00-7000-8000-000000000001';

const put = {
  mutationId: 1,
  table: 'cases',
  id: caseId,
  op: 'put',
  fields: { title: 'Plywood via VN', status: 'open' },
  base: { title: 3, status: 3 },
  hlc,
} as const;

describe('push mutation schema', () => {
  it('accepts a put and a delete as the client writes them', () => {
    expect(pushMutationSchema.parse(put)).toEqual(put);
    const del = { mutationId: 2, table: 'parties', id: caseId, op: 'delete', hlc };
    expect(pushMutationSchema.parse(del)).toEqual(del);
  });

  it('rejects unknown keys instead of dropping them', () => {
    const result = pushMutationSchema.safeParse({ ...put, sneaky: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('never coerces: numbers as strings and unknown tables are refused', () => {
    expect(pushMutationSchema.safeParse({ ...put, mutationId: '1' }).success).toBe(false);
    expect(pushMutationSchema.safeParse({ ...put, base: { title: '3' } }).success).toBe(false);
    expect(pushMutationSchema.safeParse({ ...put, table: 'users' }).success).toBe(false);
    expect(pushMutationSchema.safeParse({ ...put, mutationId: 0 }).success).toBe(false);
    expect(pushMutationSchema.safeParse({ ...put, hlc: '2026-01-01T00:00:00Z' }).success).toBe(false);
  });

  it('refuses a put without fields, a delete with fields, and a base for an unsent field', () => {
    const { fields: _fields, base: _base, ...bare } = put;
    expect(pushMutationSchema.safeParse(bare).success).toBe(false);
    expect(pushMutationSchema.safeParse({ ...put, op: 'delete' }).success).toBe(false);
    expect(pushMutationSchema.safeParse({ ...put, base: { summary: 1 } }).success).toBe(false);
  });
});

describe('request and response bodies', () => {
  it('push request needs at least one mutation and at most 1,000', () => {
    const body = { deviceId: 'dev-1', schemaVersion: 1, mutations: [put] };
    expect(pushRequestSchema.safeParse(body).success).toBe(true);
    expect(pushRequestSchema.safeParse({ ...body, mutations: [] }).success).toBe(false);
    const many = Array.from({ length: 1001 }, (_, i) => ({ ...put, mutationId: i + 1 }));
    expect(pushRequestSchema.safeParse({ ...body, mutations: many }).success).toBe(false);
  });

  it('push response statuses are the four of the protocol', () => {
    const ok = { lastMutationId: 1, results: [{ mutationId: 1, status: 'applied', version: 12 }] };
    expect(pushResponseSchema.safeParse(ok).success).toBe(true);
    const bad = { lastMutationId: 1, results: [{ mutationId: 1, status: 'ok' }] };
    expect(pushResponseSchema.safeParse(bad).success).toBe(false);
  });

  it('pull request and response round-trip, with boolean deleted on the wire', () => {
    expect(pullRequestSchema.parse({ deviceId: 'dev-1', schemaVersion: 1, cursor: 0 })).toBeTruthy();
    expect(pullRequestSchema.safeParse({ deviceId: 'dev-1', schemaVersion: 1, cursor: '0' }).success).toBe(false);
    const change = {
      table: 'cases', id: caseId, version: 4, deleted: false,
      fields: { title: 'x' }, fieldMeta: { title: { v: 4, hlc } },
    };
    const page = { changes: [change], cursor: 4, hasMore: false, lastMutationId: 0 };
    expect(pullResponseSchema.parse(page)).toEqual(page);
    expect(pullResponseSchema.safeParse({ ...page, changes: [{ ...change, deleted: 0 }] }).success).toBe(false);
    expect(
      pullResponseSchema.safeParse({ ...page, changes: [{ ...change, fieldMeta: { title: { v: 4, hlc, x: 1 } } }] })
        .success,
    ).toBe(false);
  });

  it('pulled field clocks must be { v, hlc } per named field, nothing else', () => {
    const page = (fieldMeta: unknown) => ({
      changes: [{ table: 'cases', id: caseId, version: 4, deleted: false, fields: {}, fieldMeta }],
      cursor: 4, hasMore: false, lastMutationId: 0,
    });
    const accepts = (fieldMeta: unknown) => pullResponseSchema.safeParse(page(fieldMeta)).success;
    expect(accepts({})).toBe(true);
    expect(accepts({ title: { v: 0, hlc }, status: { v: 9, hlc } })).toBe(true);
    for (const bad of [
      null, [], 'x', { title: null }, { title: [] }, { '': { v: 1, hlc } }, { title: { v: 1 } }, { title: { hlc } },
      { title: { v: -1, hlc } }, { title: { v: 1.5, hlc } }, { title: { v: '1', hlc } }, { title: { v: 2 ** 53, hlc } },
      { title: { v: 1, hlc: 'yesterday' } }, { title: { v: 1, hlc, device: 'd' } }, { title: { v: 1, hlc }, status: 4 },
    ]) {
      expect(accepts(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('a pulled change is refused for what the strict schema refuses, and its own check agrees with it', () => {
    const change = { table: 'cases', id: caseId, version: 4, deleted: false, fields: { title: 'x', tags: ['a'] }, fieldMeta: { title: { v: 4, hlc } } };
    const accepts = (c: unknown) => pullResponseSchema.safeParse({ changes: [c], cursor: 4, hasMore: false, lastMutationId: 0 }).success;
    const bads: unknown[] = [
      null, [], 'x', { ...change, extra: 1 }, { ...change, table: 'secrets' }, { ...change, table: undefined },
      { ...change, id: '' }, { ...change, id: 'x'.repeat(65) }, { ...change, id: 'a\u0000b' }, { ...change, id: '\ud800' }, { ...change, id: 7 },
      { ...change, version: 0 }, { ...change, version: 1.5 }, { ...change, version: '4' }, { ...change, version: 2 ** 53 },
      { ...change, deleted: 0 }, { ...change, fields: null }, { ...change, fields: ['x'] }, { ...change, fields: { '': 1 } },
      { ...change, fieldMeta: { title: { v: 4 } } },
    ];
    expect(accepts(change)).toBe(true);
    expect(pulledChangeSchema.safeParse(change).success).toBe(true);
    for (const bad of bads) {
      expect(accepts(bad), JSON.stringify(bad)).toBe(false);
      expect(pulledChangeSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('a grouped answer reads as the per-field answer it stands for, and is refused where that would be', () => {
    const other = formatHlc({ ms: 1_767_225_700_000, counter: 2, deviceId: 'dev-2' });
    const fieldMeta = { title: { v: 4, hlc }, status: { v: 7, hlc: other }, tags: { v: 4, hlc } };
    const change = { table: 'cases', id: caseId, version: 7, deleted: false, fields: { title: 'x', status: 'open', tags: [] }, fieldMeta };
    const { fieldMeta: _clocks, ...head } = change;
    const grouped = { changes: [{ ...head, clocks: groupClocks(fieldMeta) }], cursor: 7, hasMore: false, lastMutationId: 3 };
    const read = (page: unknown) => {
      const parsed = groupedPullResponseSchema.safeParse(page);
      return parsed.success ? ungroupPullResponse(parsed.data) : null;
    };
    expect(grouped.changes[0]?.clocks).toHaveLength(2);
    expect(read(grouped)).toEqual({ changes: [change], cursor: 7, hasMore: false, lastMutationId: 3 });
    expect(pullResponseSchema.safeParse(read(grouped)).success).toBe(true);

    // A field named like Object.prototype's accessor stays a field of its own, as JSON.parse keeps it.
    const proto = read({ ...grouped, changes: [{ ...head, clocks: [{ v: 1, hlc, fields: ['__proto__'] }] }] });
    expect(Object.keys(proto?.changes[0]?.fieldMeta ?? {})).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(proto?.changes[0]?.fieldMeta)).toBe(Object.prototype);

    const withClocks = (clocks: unknown) => ({ ...grouped, changes: [{ ...head, clocks }] });
    for (const bad of [
      null, {}, 'x', [null], [{ v: 4, hlc }, { v: 7, hlc: other, fields: ['status'] }], [{ v: -1, hlc }], [{ v: 4, hlc: 'yesterday' }], [{ v: 4 }],
      [{ v: 4, hlc, extra: 1 }], [{ v: 4, hlc, fields: 'title' }], [{ v: 4, hlc, fields: [''] }], [{ v: 4, hlc, fields: [3] }],
      [{ v: -1, hlc, fields: ['title'] }], [{ v: 1.5, hlc, fields: ['title'] }], [{ v: 4, hlc: 'yesterday', fields: ['title'] }],
      [{ v: 4, hlc, fields: ['title'], extra: 1 }], [{ v: 4, hlc, fields: ['title'] }, { v: 7, hlc: other, fields: ['title'] }],
    ]) {
      expect(read(withClocks(bad)), JSON.stringify(bad)).toBeNull();
    }
    // One group without names: the clock of every field of the change.
    const whole = read(withClocks([{ v: 4, hlc }]));
    expect(whole?.changes[0]?.fieldMeta).toEqual({ title: { v: 4, hlc }, status: { v: 4, hlc }, tags: { v: 4, hlc } });
    // Either form, never both, never the other's key.
    expect(read({ ...grouped, changes: [change] })).toBeNull();
    expect(read({ ...grouped, changes: [{ ...change, clocks: [] }] })).toBeNull();
    expect(read({ ...grouped, changes: [{ ...head, id: '', clocks: [] }] })).toBeNull();
    expect(read({ ...grouped, extra: 1 })).toBeNull();
  });

  it('error bodies only carry the documented codes', () => {
    expect(errorBodySchema.safeParse({ error: { code: 'mutation_gap', message: 'gap' } }).success).toBe(true);
    expect(errorBodySchema.safeParse({ error: { code: 'teapot', message: 'x' } }).success).toBe(false);
    expect(errorBodySchema.safeParse({ error: { code: 'internal', message: 'x', stack: 'at …' } }).success).toBe(false);
  });
});
