import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { conflictSchema } from '../../shared/domain';
import { sampleId, sampleRecords } from '../../shared/domain/sampleRecords';
import { errorBodySchema, groupedClocksMediaType, groupedPullResponseSchema, pullResponseSchema, pushResponseSchema, ungroupPullResponse } from '../../shared/sync/wire';
import type { PushMutation } from '../../shared/sync/wire';
import { revokeDevice } from '../services/devices';
import { dumpDatabase } from '../testing/testDb';
import type { EnrolledDevice, TestServer } from '../testing/testServer';
import { enrollTestDevice, hlcAt, newCaseMutation, startTestServer } from '../testing/testServer';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const push = (device: EnrolledDevice, mutations: unknown[], extra: Record<string, unknown> = {}) =>
  server.app.inject({
    method: 'POST',
    url: '/v1/sync/push',
    headers: device.auth,
    payload: { deviceId: device.deviceId, schemaVersion: 1, mutations, ...extra },
  });

const pull = (device: EnrolledDevice, cursor: number, limit?: number) =>
  server.app.inject({
    method: 'POST',
    url: '/v1/sync/pull',
    headers: device.auth,
    payload: { deviceId: device.deviceId, schemaVersion: 1, cursor, ...(limit ? { limit } : {}) },
  });

/** Runs a request that must be refused and proves the database is byte-for-byte unchanged. */
async function refusedWithoutChange(send: () => Promise<{ statusCode: number; body: string }>, status: number, code: string) {
  const before = await dumpDatabase(server.sql);
  const response = await send();
  expect(response.statusCode).toBe(status);
  const body = errorBodySchema.parse(JSON.parse(response.body));
  expect(body.error.code).toBe(code);
  expect(response.body).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  expect(await dumpDatabase(server.sql)).toEqual(before);
  return body.error;
}

describe('push and pull', () => {
  it('round-trips records between two devices of a workspace with consecutive versions', async () => {
    const a = await enrollTestDevice(server.sql);
    const b = await enrollTestDevice(server.sql, { workspaceId: a.workspaceId });
    const mutations = [newCaseMutation(1, a.deviceId, 1), newCaseMutation(2, a.deviceId, 2), newCaseMutation(3, a.deviceId, 3)];
    const pushed = pushResponseSchema.parse((await push(a, mutations)).json());
    expect(pushed.lastMutationId).toBe(3);
    expect(pushed.results.map((r) => [r.status, r.version])).toEqual([
      ['applied', 1],
      ['applied', 2],
      ['applied', 3],
    ]);

    const page = pullResponseSchema.parse((await pull(b, 0)).json());
    expect(page.changes.map((c) => [c.id, c.version])).toEqual([
      [sampleId(1), 1],
      [sampleId(2), 2],
      [sampleId(3), 3],
    ]);
    expect(page.changes[0]?.fields.title).toBe(mutations[0]?.fields?.title);
    expect(page.changes[0]?.fieldMeta.title).toEqual({ v: 1, hlc: mutations[0]?.hlc });
    expect(page).toMatchObject({ cursor: 3, hasMore: false, lastMutationId: 0 });
    expect((await pull(a, 0)).json().lastMutationId).toBe(3);

    // An edit based on the current v applies and takes the next version; a pull from the cursor sees only it.
    const edit = { mutationId: 1, table: 'cases', id: sampleId(2), op: 'put', fields: { title: 'Renamed' }, base: { title: 2 }, hlc: hlcAt(b.deviceId) };
    expect((await push(b, [edit])).json().results).toEqual([{ mutationId: 1, status: 'applied', version: 4 }]);
    const next = pullResponseSchema.parse((await pull(a, 3)).json());
    expect(next.changes.map((c) => [c.id, c.version, c.fields.title])).toEqual([[sampleId(2), 4, 'Renamed']]);
  });

  it('pages a pull by limit with hasMore, never skipping a version', async () => {
    const a = await enrollTestDevice(server.sql);
    await push(a, Array.from({ length: 5 }, (_, i) => newCaseMutation(i + 1, a.deviceId, 10 + i)));
    const seen: number[] = [];
    let cursor = 0;
    for (let more = true; more; ) {
      const page = pullResponseSchema.parse((await pull(a, cursor, 2)).json());
      expect(page.changes.length).toBeLessThanOrEqual(2);
      seen.push(...page.changes.map((c) => c.version));
      cursor = page.cursor;
      more = page.hasMore;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(pullResponseSchema.parse((await pull(a, 99)).json()).resetRequired).toBe(true);
  });

  it('compresses a pull answer for a client that accepts it, and only then', async () => {
    const a = await enrollTestDevice(server.sql);
    await push(a, Array.from({ length: 40 }, (_, i) => newCaseMutation(i + 1, a.deviceId, 60 + i)));
    const request = (acceptEncoding?: string) =>
      server.app.inject({
        method: 'POST',
        url: '/v1/sync/pull',
        headers: { ...a.auth, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
        payload: { deviceId: a.deviceId, schemaVersion: 1, cursor: 0 },
      });
    const plain = await request();
    expect(plain.headers['content-encoding']).toBeUndefined();
    const expected = pullResponseSchema.parse(plain.json());
    expect(expected.changes).toHaveLength(40);

    const br = await request('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8'))).toEqual(expected);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 5);
    const gzip = await request('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString('utf8'))).toEqual(expected);
  });

  it('groups the clocks of a pull answer for a client that asks for them, the same clocks, and only then', async () => {
    const a = await enrollTestDevice(server.sql);
    await push(a, [newCaseMutation(1, a.deviceId, 100), newCaseMutation(2, a.deviceId, 101)]);
    const edit = { mutationId: 3, table: 'cases', id: sampleId(100), op: 'put', fields: { title: 'Renamed' }, base: { title: 1 }, hlc: hlcAt(a.deviceId) };
    expect((await push(a, [edit])).json().results[0].status).toBe('applied');
    const request = (accept?: string) =>
      server.app.inject({
        method: 'POST',
        url: '/v1/sync/pull',
        headers: { ...a.auth, ...(accept ? { accept } : {}) },
        payload: { deviceId: a.deviceId, schemaVersion: 1, cursor: 0 },
      });
    const plain = await request();
    expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
    const expected = pullResponseSchema.parse(plain.json());
    expect(expected.changes.map((c) => c.version)).toEqual([2, 3]);

    const asked = await request(`${groupedClocksMediaType}, application/json;q=0.5`);
    expect(asked.headers['content-type']).toBe(`${groupedClocksMediaType}; charset=utf-8`);
    // A cache between the two must not hand one form to the client of the other.
    expect(String(asked.headers.vary).toLowerCase().split(/,\s*/)).toContain('accept');
    const grouped = groupedPullResponseSchema.parse(asked.json());
    // The renamed case: its title has a clock of its own, its other fields share the creation's.
    expect(grouped.changes.find((c) => c.id === sampleId(100))?.clocks.map((g) => [g.v, g.fields?.includes('title')])).toEqual([
      [1, false],
      [3, true],
    ]);
    // The untouched case: one clock for its whole record, so its fields are not named again.
    expect(grouped.changes.find((c) => c.id === sampleId(101))?.clocks).toEqual([{ v: 2, hlc: expect.any(String) }]);
    expect(ungroupPullResponse(grouped)).toEqual(expected);
    expect(asked.rawPayload.length).toBeLessThan(plain.rawPayload.length);

    // Anyone else gets the contract's shape: plain JSON asked for, any type, or the grouped one refused.
    for (const accept of ['application/json', '*/*', `application/json, ${groupedClocksMediaType};q=0.5`, `${groupedClocksMediaType};q=0`, 'text/html']) {
      const answer = await request(accept);
      expect(answer.headers['content-type'], accept).toBe('application/json; charset=utf-8');
      expect(pullResponseSchema.parse(answer.json()), accept).toEqual(expected);
    }
  });

  it('answers duplicates with their original outcome and applies only the new ids', async () => {
    const a = await enrollTestDevice(server.sql);
    await push(a, [newCaseMutation(1, a.deviceId, 20), newCaseMutation(2, a.deviceId, 21)]);
    const again = pushResponseSchema.parse((await push(a, [newCaseMutation(1, a.deviceId, 20), newCaseMutation(2, a.deviceId, 21), newCaseMutation(3, a.deviceId, 22)])).json());
    expect(again.results).toEqual([
      { mutationId: 1, status: 'duplicate', version: 1 },
      { mutationId: 2, status: 'duplicate', version: 2 },
      { mutationId: 3, status: 'applied', version: 3 },
    ]);
    expect(again.lastMutationId).toBe(3);
    const rows = await server.sql.query('SELECT id FROM rows WHERE workspace_id = $1', [a.workspaceId]);
    expect(rows).toHaveLength(3);
  });

  it('answers a replay spanning several earlier pushes with each first answer, refusals included', async () => {
    const a = await enrollTestDevice(server.sql);
    const missing = { mutationId: 3, table: 'cases', id: sampleId(59), op: 'put', fields: { title: 'Never created' }, base: { title: 1 }, hlc: hlcAt(a.deviceId) };
    await push(a, [newCaseMutation(1, a.deviceId, 50), newCaseMutation(2, a.deviceId, 51)]);
    const refused = pushResponseSchema.parse((await push(a, [missing, newCaseMutation(4, a.deviceId, 52)])).json()).results[0];
    expect(refused).toMatchObject({ status: 'rejected', code: 'not_found' });
    await push(a, [newCaseMutation(5, a.deviceId, 53)]);
    const replay = [newCaseMutation(2, a.deviceId, 51), missing, newCaseMutation(4, a.deviceId, 52), newCaseMutation(5, a.deviceId, 53), newCaseMutation(6, a.deviceId, 54)];
    const again = pushResponseSchema.parse((await push(a, replay)).json());
    expect(again.results).toEqual([
      { mutationId: 2, status: 'duplicate', version: 2 },
      { mutationId: 3, status: 'duplicate', code: 'not_found', message: refused?.message },
      { mutationId: 4, status: 'duplicate', version: 3 },
      { mutationId: 5, status: 'duplicate', version: 4 },
      { mutationId: 6, status: 'applied', version: 5 },
    ]);
    // One log entry per push that applied anything new, each holding its own range of ids.
    const log = await server.sql.query<{ first: number; last: number }>(
      'SELECT first_mutation_id::int AS first, last_mutation_id::int AS last FROM mutation_log WHERE device_id = $1 ORDER BY 1',
      [a.deviceId],
    );
    expect(log).toEqual([{ first: 1, last: 2 }, { first: 3, last: 4 }, { first: 5, last: 5 }, { first: 6, last: 6 }]);
  });

  it('refuses a gap with 409 mutation_gap and applies nothing of the batch', async () => {
    const a = await enrollTestDevice(server.sql);
    await push(a, [newCaseMutation(1, a.deviceId, 30)]);
    const error = await refusedWithoutChange(() => push(a, [newCaseMutation(3, a.deviceId, 31)]), 409, 'mutation_gap');
    expect(error.details).toEqual({ expected: 2, received: 3 });
    await refusedWithoutChange(() => push(a, [newCaseMutation(2, a.deviceId, 31), newCaseMutation(4, a.deviceId, 32)]), 409, 'mutation_gap');
  });

  it('keeps workspaces apart: the same record id in another workspace is another row', async () => {
    const a = await enrollTestDevice(server.sql);
    const foreign = await enrollTestDevice(server.sql);
    await push(a, [newCaseMutation(1, a.deviceId, 40)]);
    const [before] = await server.sql.query('SELECT fields::text, version FROM rows WHERE workspace_id = $1', [a.workspaceId]);
    // The foreign device edits "the same" id as if it existed, then creates it in its own workspace.
    const edit = { mutationId: 1, table: 'cases', id: sampleId(40), op: 'put', fields: { title: 'Hijacked' }, base: { title: 1 }, hlc: hlcAt(foreign.deviceId) };
    expect((await push(foreign, [edit])).json().results[0]).toMatchObject({ status: 'rejected', code: 'not_found' });
    const create = { ...newCaseMutation(2, foreign.deviceId, 40), fields: { ...newCaseMutation(2, foreign.deviceId, 40).fields, title: 'Mine' } };
    expect((await push(foreign, [create])).json().results[0]).toMatchObject({ status: 'applied', version: 1 });
    const del = { mutationId: 3, table: 'cases', id: sampleId(40), op: 'delete', hlc: hlcAt(foreign.deviceId, undefined, 9) };
    expect((await push(foreign, [del])).json().results[0]).toMatchObject({ status: 'applied', version: 2 });

    const [after] = await server.sql.query('SELECT fields::text, version FROM rows WHERE workspace_id = $1', [a.workspaceId]);
    expect(after).toEqual(before);
    const seenByA = pullResponseSchema.parse((await pull(a, 0)).json());
    expect(seenByA.changes.map((c) => [c.fields.title, c.deleted])).toEqual([[newCaseMutation(1, a.deviceId).fields?.title, false]]);
  });

  it('keeps the server value of a concurrently changed status and records a conflict every device pulls', async () => {
    const { a, b, caseId } = await concurrentStatusChange(50);
    const [row] = await server.sql.query<{ fields: { status: string } }>(`SELECT fields::jsonb AS fields FROM rows WHERE workspace_id = $1 AND tbl = 'cases'`, [a.workspaceId]);
    expect(row?.fields.status).toBe('awaitingReply');

    const page = pullResponseSchema.parse((await pull(a, 2)).json());
    expect(page.changes.map((c) => [c.table, c.version])).toEqual([['conflicts', 3], ['conflicts', 4]]);
    const conflicts = page.changes.map((c) => conflictSchema.parse({ ...c.fields, id: c.id }));
    const status = conflicts.find((c) => c.field === 'status');
    expect(status).toMatchObject({
      recordTable: 'cases',
      recordId: caseId,
      reason: 'concurrentEdit',
      serverValue: 'awaitingReply',
      serverHlc: hlcAt(a.deviceId, undefined, 5),
      serverDeviceId: a.deviceId,
      serverAuthor: 'Nguyễn Thị Mai',
      clientValue: 'closed',
      clientHlc: hlcAt(b.deviceId, undefined, 6),
      clientDeviceId: b.deviceId,
      clientAuthor: 'John Smith',
      createdAt: new Date(server.clock.now).toISOString(),
      status: 'open',
      resolvedValue: null,
    });
    expect(conflicts.find((c) => c.field === 'outcome')).toMatchObject({ serverValue: null, clientValue: 'confirmed', serverAuthor: 'Nguyễn Thị Mai' });
    // B, whose change lost, sees the same conflicts.
    const seenByB = pullResponseSchema.parse((await pull(b, 0)).json());
    expect(seenByB.changes.filter((c) => c.table === 'conflicts').map((c) => c.id).sort()).toEqual(page.changes.map((c) => c.id).sort());
  });

  it('resolving a conflict is an ordinary change that the other device pulls', async () => {
    const { a, b, caseId } = await concurrentStatusChange(51);
    const conflicts = pullResponseSchema.parse((await pull(b, 0)).json()).changes.filter((c) => c.table === 'conflicts');
    const resolvedAt = new Date(server.clock.now).toISOString();
    const hlc = (n: number) => hlcAt(b.deviceId, undefined, 10 + n);
    const resolution: PushMutation[] = [
      { mutationId: 2, table: 'cases', id: caseId, op: 'put', fields: { status: 'closed', outcome: 'confirmed' }, base: { status: 2, outcome: 1 }, hlc: hlc(0) },
      ...conflicts.map((c, i): PushMutation => {
        const fields = { status: 'resolved', resolvedValue: c.fields.clientValue as string, resolvedBy: 'John Smith', resolvedAt };
        const base = Object.fromEntries(Object.keys(fields).map((f) => [f, c.fieldMeta[f]!.v]));
        return { mutationId: 3 + i, table: 'conflicts', id: c.id, op: 'put', fields, base, hlc: hlc(1 + i) };
      }),
    ];
    const pushed = pushResponseSchema.parse((await push(b, resolution)).json());
    expect(pushed.results.map((r) => [r.status, r.version])).toEqual([['applied', 5], ['applied', 6], ['applied', 7]]);

    const seenByA = pullResponseSchema.parse((await pull(a, 4)).json());
    expect(seenByA.changes.map((c) => c.table)).toEqual(['cases', 'conflicts', 'conflicts']);
    expect(seenByA.changes[0]?.fields).toMatchObject({ status: 'closed', outcome: 'confirmed' });
    for (const c of seenByA.changes.slice(1)) {
      expect(conflictSchema.parse({ ...c.fields, id: c.id })).toMatchObject({ status: 'resolved', resolvedBy: 'John Smith', resolvedAt });
    }
  });

  it('a client creating a conflict or a history entry, or rewriting a conflict, is refused and changes no row', async () => {
    const { a, caseId } = await concurrentStatusChange(52);
    const [conflict] = pullResponseSchema.parse((await pull(a, 2)).json()).changes;
    const rowsBefore = await server.sql.query('SELECT to_jsonb(r) AS j FROM rows r WHERE workspace_id = $1 ORDER BY version', [a.workspaceId]);
    const { id: _c, ...conflictFields } = { ...sampleRecords.conflicts, recordId: caseId };
    const { id: _h, ...historyFields } = { ...sampleRecords.fieldHistory, recordId: caseId };
    const forged: PushMutation[] = [
      { mutationId: 3, table: 'conflicts', id: sampleId(900), op: 'put', fields: conflictFields, hlc: hlcAt(a.deviceId, undefined, 20) },
      { mutationId: 4, table: 'fieldHistory', id: sampleId(901), op: 'put', fields: historyFields, hlc: hlcAt(a.deviceId, undefined, 21) },
      { mutationId: 5, table: 'conflicts', id: conflict!.id, op: 'put', fields: { clientValue: 'draft' }, base: { clientValue: 3 }, hlc: hlcAt(a.deviceId, undefined, 22) },
      { mutationId: 6, table: 'conflicts', id: conflict!.id, op: 'delete', hlc: hlcAt(a.deviceId, undefined, 23) },
    ];
    const pushed = pushResponseSchema.parse((await push(a, forged)).json());
    expect(pushed.results.map((r) => [r.status, r.code])).toEqual(forged.map(() => ['rejected', 'forbidden_table']));
    expect(await server.sql.query('SELECT to_jsonb(r) AS j FROM rows r WHERE workspace_id = $1 ORDER BY version', [a.workspaceId])).toEqual(rowsBefore);
    const [ws] = await server.sql.query<{ version: unknown }>('SELECT version FROM workspaces WHERE id = $1', [a.workspaceId]);
    expect(Number(ws?.version)).toBe(4);
  });
});

/**
 * A (Nguyễn Thị Mai) opens case `n` (v1) and moves it to awaitingReply (v2); B (John Smith), who
 * only saw v1, closes it: the server keeps awaitingReply and writes two conflicts (v3, v4).
 */
async function concurrentStatusChange(n: number) {
  const a = await enrollTestDevice(server.sql, { name: 'Nguyễn Thị Mai' });
  const b = await enrollTestDevice(server.sql, { workspaceId: a.workspaceId, name: 'John Smith' });
  const caseId = sampleId(n);
  const opened = { ...newCaseMutation(1, a.deviceId, n) };
  opened.fields = { ...opened.fields, status: 'open', openedOn: '2026-02-01' };
  await push(a, [opened]);
  const toAwaiting = { mutationId: 2, table: 'cases', id: caseId, op: 'put', fields: { status: 'awaitingReply' }, base: { status: 1 }, hlc: hlcAt(a.deviceId, undefined, 5) };
  expect((await push(a, [toAwaiting])).json().results[0]).toMatchObject({ status: 'applied', version: 2 });
  const toClosed = { mutationId: 1, table: 'cases', id: caseId, op: 'put', fields: { status: 'closed', outcome: 'confirmed' }, base: { status: 1, outcome: 1 }, hlc: hlcAt(b.deviceId, undefined, 6) };
  const result = (await push(b, [toClosed])).json().results[0];
  expect(result).toMatchObject({ status: 'conflicted', code: 'conflict' });
  return { a, b, caseId };
}

describe("the administration's deadline rules", () => {
  const { id, ...fields } = sampleRecords.replyPeriodRules;
  const rule = (deviceId: string): PushMutation => ({ mutationId: 1, table: 'replyPeriodRules', id, op: 'put', fields: { ...fields }, hlc: hlcAt(deviceId) });

  it('are refused from a member (forbidden_table) and kept from an administrator', async () => {
    const admin = await enrollTestDevice(server.sql, { role: 'admin' });
    const member = await enrollTestDevice(server.sql, { role: 'member', workspaceId: admin.workspaceId });
    expect((await push(member, [rule(member.deviceId)])).json().results[0]).toMatchObject({ status: 'rejected', code: 'forbidden_table' });
    expect((await push(admin, [rule(admin.deviceId)])).json().results[0]).toMatchObject({ status: 'applied', version: 1 });
    const rows = pullResponseSchema.parse((await pull(member, 0)).json()).changes;
    expect(rows.map((r) => [r.table, r.id, r.fields.amount])).toEqual([['replyPeriodRules', id, 45]]);
  });
});

describe('refused pushes change nothing', () => {
  let device: EnrolledDevice;
  beforeAll(async () => {
    device = await enrollTestDevice(server.sql);
    await push(device, [newCaseMutation(1, device.deviceId, 60)]);
  });
  const valid = (): PushMutation => newCaseMutation(2, device.deviceId, 61);

  it('a viewer pushing gets 403 forbidden', async () => {
    const viewer = await enrollTestDevice(server.sql, { role: 'viewer', workspaceId: device.workspaceId });
    await refusedWithoutChange(() => push(viewer, [newCaseMutation(1, viewer.deviceId, 62)]), 403, 'forbidden');
  });

  it('a push for another device id gets 403 forbidden', async () => {
    await refusedWithoutChange(() => push(device, [valid()], { deviceId: 'someone-else' }), 403, 'forbidden');
  });

  it('more than 1,000 mutations get 413 payload_too_large', async () => {
    const batch = Array.from({ length: 1001 }, (_, i) => newCaseMutation(i + 2, device.deviceId, 1000 + i));
    await refusedWithoutChange(() => push(device, batch), 413, 'payload_too_large');
  });

  it('a body over 5 MiB gets 413 payload_too_large', async () => {
    const huge = { ...valid(), fields: { ...valid().fields, summary: 'x'.repeat(5 * 1024 * 1024) } };
    await refusedWithoutChange(() => push(device, [huge]), 413, 'payload_too_large');
  });

  it('malformed JSON gets 400 invalid_request', async () => {
    await refusedWithoutChange(
      () => server.app.inject({ method: 'POST', url: '/v1/sync/push', headers: { ...device.auth, 'content-type': 'application/json' }, payload: '{"deviceId": ' }),
      400,
      'invalid_request',
    );
    // A `__proto__` key is refused outright rather than parsed into the object's prototype.
    const poisoned = `{"deviceId":"${device.deviceId}","schemaVersion":1,"mutations":[],"__proto__":{"admin":true}}`;
    await refusedWithoutChange(
      () => server.app.inject({ method: 'POST', url: '/v1/sync/push', headers: { ...device.auth, 'content-type': 'application/json' }, payload: poisoned }),
      400,
      'invalid_request',
    );
  });

  it('an unknown field gets 400 with the offending path in details', async () => {
    const error = await refusedWithoutChange(() => push(device, [{ ...valid(), sneaky: 1 }]), 400, 'invalid_request');
    expect(error.details).toEqual([expect.objectContaining({ path: ['mutations', 0], code: 'unrecognized_keys' })]);
    await refusedWithoutChange(() => push(device, [valid()], { admin: true }), 400, 'invalid_request');
  });

  it('wrong types are refused, never coerced', async () => {
    const error = await refusedWithoutChange(() => push(device, [{ ...valid(), mutationId: '2' }]), 400, 'invalid_request');
    expect(error.details).toEqual([expect.objectContaining({ path: ['mutations', 0, 'mutationId'] })]);
    await refusedWithoutChange(() => push(device, [valid()], { schemaVersion: '1' }), 400, 'invalid_request');
    await refusedWithoutChange(() => pull(device, -1), 400, 'invalid_request');
  });

  it('a sync schema this server does not speak is refused', async () => {
    const error = await refusedWithoutChange(() => push(device, [valid()], { schemaVersion: 2 }), 400, 'invalid_request');
    expect(error.details).toEqual({ serverSchemaVersion: 1 });
  });

  it('missing, unknown and revoked tokens get 401', async () => {
    const anonymous = { ...device, auth: { authorization: '' } };
    await refusedWithoutChange(() => push(anonymous, [valid()]), 401, 'unauthenticated');
    const stranger = { ...device, auth: { authorization: `Bearer ${'A'.repeat(43)}` } };
    await refusedWithoutChange(() => push(stranger, [valid()]), 401, 'unauthenticated');
    const revoked = await enrollTestDevice(server.sql, { workspaceId: device.workspaceId });
    await revokeDevice(server.sql, revoked.deviceId);
    await refusedWithoutChange(() => push(revoked, [newCaseMutation(1, revoked.deviceId, 63)]), 401, 'device_revoked');
    await refusedWithoutChange(() => pull(revoked, 0), 401, 'device_revoked');
  });

  it('unknown routes get 404 not_found in the error shape', async () => {
    await refusedWithoutChange(() => server.app.inject({ method: 'GET', url: '/v1/nothing' }), 404, 'not_found');
  });
});
