import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sampleId } from '../../shared/domain/sampleRecords';
import { auditEventsResponseSchema, maxAuditEventsPerRequest } from '../../shared/sync/auditWire';
import { errorBodySchema } from '../../shared/sync/wire';
import { revokeDevice } from '../services/devices';
import { dumpDatabase } from '../testing/testDb';
import type { EnrolledDevice, TestServer } from '../testing/testServer';
import { enrollTestDevice, newCaseMutation, startTestServer } from '../testing/testServer';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

let eventCounter = 0;
/** A view event of record `n` (sampleId) with a fresh UUID id. */
const viewEvent = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `0190f0aa-0000-7000-8000-${String(++eventCounter).padStart(12, '0')}`,
  action: 'view',
  table: 'cases',
  recordId: sampleId(n),
  at: '2026-03-01T10:00:00.000Z',
  ...extra,
});

const send = (device: EnrolledDevice, events: unknown[], extra: Record<string, unknown> = {}, headers = device.auth) =>
  server.app.inject({
    method: 'POST',
    url: '/v1/audit-events',
    headers,
    payload: { deviceId: device.deviceId, schemaVersion: 1, events, ...extra },
  });

const pushCase = async (device: EnrolledDevice, mutationId: number, n: number) => {
  const response = await server.app.inject({
    method: 'POST',
    url: '/v1/sync/push',
    headers: device.auth,
    payload: { deviceId: device.deviceId, schemaVersion: 1, mutations: [newCaseMutation(mutationId, device.deviceId, n)] },
  });
  expect(response.statusCode).toBe(200);
};

const viewsOf = (workspaceId: string) =>
  server.sql.query<{ actor: string; device_id: string; client_event_id: string; details: unknown; at: unknown }>(
    `SELECT actor, device_id, client_event_id, details, at FROM audit_events WHERE workspace_id = $1 AND action = 'record.view' ORDER BY id`,
    [workspaceId],
  );
const details = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>;

/** Runs a request that must be refused and proves nothing was written, the audit log included. */
async function refusedWithoutChange(request: () => ReturnType<typeof send>, status: number, code: string) {
  const countAudit = async () => (await server.sql.query('SELECT id FROM audit_events')).length;
  const [before, audited] = [await dumpDatabase(server.sql), await countAudit()];
  const response = await request();
  expect(response.statusCode).toBe(status);
  expect(errorBodySchema.parse(response.json()).error.code).toBe(code);
  expect(response.body).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  expect(await dumpDatabase(server.sql)).toEqual(before);
  expect(await countAudit()).toBe(audited);
  return response.json().error as { details?: unknown };
}

describe('POST /v1/audit-events', () => {
  it('records view events with the authenticated member and device, the client time in details and the server time in at', async () => {
    const a = await enrollTestDevice(server.sql, { name: 'Nguyễn Văn An' });
    await pushCase(a, 1, 1);
    const event = viewEvent(1);
    const response = await send(a, [event]);
    expect(response.statusCode).toBe(200);
    expect(auditEventsResponseSchema.parse(response.json())).toEqual({ results: [{ id: event.id, status: 'recorded' }] });
    const [row] = await viewsOf(a.workspaceId);
    expect(row).toMatchObject({ actor: `member:${a.memberId}`, device_id: a.deviceId, client_event_id: event.id });
    expect(details(row?.details)).toEqual({ table: 'cases', recordId: sampleId(1), clientAt: event.at });
    expect(new Date(String(row?.at instanceof Date ? row.at.toISOString() : row?.at)).toISOString()).toBe(new Date(server.clock.now).toISOString());
  });

  it('lets a viewer report what they opened', async () => {
    const writer = await enrollTestDevice(server.sql);
    await pushCase(writer, 1, 2);
    const viewer = await enrollTestDevice(server.sql, { workspaceId: writer.workspaceId, role: 'viewer' });
    const event = viewEvent(2);
    expect((await send(viewer, [event])).json()).toEqual({ results: [{ id: event.id, status: 'recorded' }] });
    expect((await viewsOf(writer.workspaceId)).map((r) => r.actor)).toEqual([`member:${viewer.memberId}`]);
  });

  it('stores a replayed event once: the retry, and a repeat inside one batch, answer duplicate', async () => {
    const a = await enrollTestDevice(server.sql);
    await pushCase(a, 1, 3);
    const event = viewEvent(3);
    const other = viewEvent(3);
    expect((await send(a, [event])).json().results).toEqual([{ id: event.id, status: 'recorded' }]);
    expect((await send(a, [event, other, other])).json().results).toEqual([
      { id: event.id, status: 'duplicate' },
      { id: other.id, status: 'recorded' },
      { id: other.id, status: 'duplicate' },
    ]);
    expect((await viewsOf(a.workspaceId)).map((r) => r.client_event_id)).toEqual([event.id, other.id]);

    // The same event id from another device is another device's event.
    const b = await enrollTestDevice(server.sql, { workspaceId: a.workspaceId });
    expect((await send(b, [event])).json().results).toEqual([{ id: event.id, status: 'recorded' }]);
    expect(await viewsOf(a.workspaceId)).toHaveLength(3);
  });

  it('rejects, and does not store, an event about a record of another workspace or of none, recording the rest', async () => {
    const mine = await enrollTestDevice(server.sql);
    const foreign = await enrollTestDevice(server.sql);
    await pushCase(mine, 1, 4);
    await pushCase(foreign, 1, 5);
    const [ok, abroad, nowhere] = [viewEvent(4), viewEvent(5), viewEvent(6)];
    expect((await send(mine, [ok, abroad, nowhere])).json().results).toEqual([
      { id: ok.id, status: 'recorded' },
      { id: abroad.id, status: 'rejected', code: 'not_found' },
      { id: nowhere.id, status: 'rejected', code: 'not_found' },
    ]);
    // A case id the workspace holds under another table is not that record either.
    const wrongTable = viewEvent(4, { table: 'verificationRequests' });
    expect((await send(mine, [wrongTable])).json().results).toEqual([{ id: wrongTable.id, status: 'rejected', code: 'not_found' }]);
    expect((await viewsOf(mine.workspaceId)).map((r) => r.client_event_id)).toEqual([ok.id]);
    expect(await viewsOf(foreign.workspaceId)).toEqual([]);
  });

  it('refuses unknown fields, a claimed actor, coerced types and other actions, writing nothing', async () => {
    const a = await enrollTestDevice(server.sql);
    await pushCase(a, 1, 7);
    const issues = await refusedWithoutChange(() => send(a, [viewEvent(7, { actor: 'Someone else' })]), 400, 'invalid_request');
    expect(JSON.stringify(issues.details)).toContain('actor');
    await refusedWithoutChange(() => send(a, [viewEvent(7)], { memberId: 'm-other' }), 400, 'invalid_request');
    await refusedWithoutChange(() => send(a, [viewEvent(7)], { schemaVersion: '1' }), 400, 'invalid_request');
    await refusedWithoutChange(() => send(a, [viewEvent(7, { action: 'update' })]), 400, 'invalid_request');
    await refusedWithoutChange(() => send(a, [viewEvent(7, { table: 'conflicts' })]), 400, 'invalid_request');
    await refusedWithoutChange(() => send(a, [viewEvent(7, { at: 'yesterday' })]), 400, 'invalid_request');
    await refusedWithoutChange(() => send(a, []), 400, 'invalid_request');
    await refusedWithoutChange(() => send(a, [viewEvent(7)], { schemaVersion: 2 }), 400, 'invalid_request');
  });

  it('refuses an oversized batch with 413 and another device id with 403', async () => {
    const a = await enrollTestDevice(server.sql);
    await pushCase(a, 1, 8);
    const many = Array.from({ length: maxAuditEventsPerRequest + 1 }, () => viewEvent(8));
    const error = await refusedWithoutChange(() => send(a, many), 413, 'payload_too_large');
    expect(error.details).toEqual({ maxEvents: maxAuditEventsPerRequest });
    const b = await enrollTestDevice(server.sql, { workspaceId: a.workspaceId });
    await refusedWithoutChange(() => send(a, [viewEvent(8)], { deviceId: b.deviceId }), 403, 'forbidden');
  });

  it('refuses a missing or unknown token and a revoked device', async () => {
    const a = await enrollTestDevice(server.sql);
    await pushCase(a, 1, 9);
    await refusedWithoutChange(() => send(a, [viewEvent(9)], {}, {} as EnrolledDevice['auth']), 401, 'unauthenticated');
    await refusedWithoutChange(() => send(a, [viewEvent(9)], {}, { authorization: `Bearer ${'x'.repeat(43)}` }), 401, 'unauthenticated');
    await revokeDevice(server.sql, a.deviceId);
    // Revoking is itself audited: count from after it.
    await refusedWithoutChange(() => send(a, [viewEvent(9)]), 401, 'device_revoked');
    expect(await viewsOf(a.workspaceId)).toEqual([]);
  });
});
