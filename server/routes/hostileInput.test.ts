/**
 * Issue 15, from an outside conformance and abuse check: inputs that used to reach PostgreSQL (or
 * the call stack) and come back as `500 internal`. Each is now refused with the contract's error
 * shape and a status it lists, and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sampleId, sampleRecords } from '../../shared/domain/sampleRecords';
import { errorBodySchema, pullResponseSchema, pushResponseSchema } from '../../shared/sync/wire';
import type { PushMutation } from '../../shared/sync/wire';
import { wireTextMessages } from '../../shared/sync/wireText';
import { createEnrollmentCode } from '../services/enrollment';
import { addMember, createWorkspace } from '../services/workspaces';
import { dumpDatabase } from '../testing/testDb';
import type { EnrolledDevice, TestServer } from '../testing/testServer';
import { enrollTestDevice, hlcAt, startTestServer } from '../testing/testServer';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let server: TestServer;
let device: EnrolledDevice;
beforeAll(async () => {
  server = await startTestServer();
  device = await enrollTestDevice(server.sql);
});
afterAll(async () => {
  await server.close();
});

const pushBody = (mutations: unknown[]) => ({ deviceId: device.deviceId, schemaVersion: 1, mutations });
/** A push sent as the raw JSON text given (the client's JSON.stringify would choke on some payloads). */
const pushText = (payload: string) =>
  server.app.inject({ method: 'POST', url: '/v1/sync/push', headers: { ...device.auth, 'content-type': 'application/json' }, payload });
// JSON.stringify writes a lone surrogate as the escape `\ud800`, which the server parses back into one.
const push = (mutations: unknown[]) => pushText(JSON.stringify(pushBody(mutations)));
const pull = async () =>
  pullResponseSchema.parse(
    (await server.app.inject({ method: 'POST', url: '/v1/sync/pull', headers: device.auth, payload: { deviceId: device.deviceId, schemaVersion: 1, cursor: 0 } })).json(),
  );

let nextMutationId = 1;
/** A complete new note, valid as it stands: each test spoils one string of it. */
function note(): PushMutation {
  const { id: _id, ...fields } = sampleRecords.notes;
  return { mutationId: nextMutationId, table: 'notes', id: sampleId(700 + nextMutationId), op: 'put', fields: { ...fields }, hlc: hlcAt(device.deviceId, undefined, nextMutationId) };
}

/**
 * Sends a request that must be refused: the contract's status and error shape, no stack, and the
 * database exactly as before (every table, audit log included, and the device's pull).
 */
async function refusedWithoutChange(send: () => Promise<{ statusCode: number; body: string }>, status: number, code: string) {
  const [dbBefore, pullBefore] = [await dumpDatabase(server.sql), await pull()];
  const response = await send();
  expect(response.statusCode).toBe(status);
  const body = errorBodySchema.parse(JSON.parse(response.body));
  expect(body.error.code).toBe(code);
  expect(response.body).not.toMatch(/\bat .+:\d+:\d+/);
  expect(await dumpDatabase(server.sql)).toEqual(dbBefore);
  expect(await pull()).toEqual(pullBefore);
  return body.error;
}

const malformedAt = (path: (string | number)[]) => [expect.objectContaining({ path, message: wireTextMessages.malformed })];

describe('text PostgreSQL cannot store is refused with 400 invalid_request', () => {
  it('1. a NUL in a record id of a push', async () => {
    const error = await refusedWithoutChange(() => push([{ ...note(), id: 'note\u00001' }]), 400, 'invalid_request');
    expect(error.details).toEqual(malformedAt(['mutations', 0, 'id']));
  });

  it("2. a lone surrogate in a record id, in a note's text, or in the hlc's device part", async () => {
    const inId = await refusedWithoutChange(() => push([{ ...note(), id: 'note\ud800' }]), 400, 'invalid_request');
    expect(inId.details).toEqual(malformedAt(['mutations', 0, 'id']));
    const inText = await refusedWithoutChange(() => push([{ ...note(), fields: { ...note().fields, text: 'Received \ud800 today' } }]), 400, 'invalid_request');
    expect(inText.details).toEqual(malformedAt(['mutations', 0, 'fields', 'text']));
    const inHlc = await refusedWithoutChange(() => push([{ ...note(), hlc: hlcAt(`${device.deviceId}\ud800`) }]), 400, 'invalid_request');
    expect(inHlc.details).toEqual(malformedAt(['mutations', 0, 'hlc']));
  });

  it('3. a NUL in the hlc of a valid note, and in a far-future hlc (whose clamp is audited)', async () => {
    const now = await refusedWithoutChange(() => push([{ ...note(), hlc: hlcAt(`${device.deviceId}\u0000`) }]), 400, 'invalid_request');
    expect(now.details).toEqual(malformedAt(['mutations', 0, 'hlc']));
    const yearAhead = server.clock.now + 365 * 24 * 3_600_000;
    await refusedWithoutChange(() => push([{ ...note(), hlc: hlcAt(`${device.deviceId}\u0000`, yearAhead) }]), 400, 'invalid_request');
    // The same note with a clean hlc goes through: only the hlc was wrong.
    expect(pushResponseSchema.parse((await push([note()])).json()).results[0]).toMatchObject({ status: 'applied' });
    nextMutationId += 1;
  });

  it('5. an enrollment whose device name holds a NUL or a lone surrogate, and the code still works after', async () => {
    const ws = await createWorkspace(server.sql, { name: 'Attaché office, Canberra' });
    const member = await addMember(server.sql, { workspaceId: ws.id, name: 'Trần Thị B', role: 'member' });
    const { code } = await createEnrollmentCode(server.sql, { memberId: member.id, now: new Date(server.clock.now) });
    const enroll = (deviceName: string) => server.app.inject({ method: 'POST', url: '/v1/devices/enroll', payload: { code, deviceName } });
    for (const deviceName of ['Laptop\u0000', 'Laptop \ud83d']) {
      const error = await refusedWithoutChange(() => enroll(deviceName), 400, 'invalid_request');
      expect(error.details).toEqual(malformedAt(['deviceName']));
    }
    expect((await enroll('Laptop 💻')).statusCode).toBe(200);
  });

  it('6. an audit event whose recordId holds a NUL or a lone surrogate', async () => {
    const event = (recordId: string) => ({ id: '019b7a3e-1f00-7000-8000-00000000e001', action: 'view', table: 'cases', recordId, at: '2026-03-01T10:00:00.000Z' });
    const send = (recordId: string) =>
      server.app.inject({
        method: 'POST',
        url: '/v1/audit-events',
        headers: { ...device.auth, 'content-type': 'application/json' },
        payload: JSON.stringify({ deviceId: device.deviceId, schemaVersion: 1, events: [event(recordId)] }),
      });
    for (const recordId of [`${sampleId(1)}\u0000`, `${sampleId(1)}\udfff`]) {
      const error = await refusedWithoutChange(() => send(recordId), 400, 'invalid_request');
      expect(error.details).toEqual(malformedAt(['events', 0, 'recordId']));
    }
  });

  it('and a NUL hidden in a key the schema does not know is refused the same way, before the schema', async () => {
    const error = await refusedWithoutChange(() => push([{ ...note(), ['sneaky\u0000']: 1 }]), 400, 'invalid_request');
    expect(error.details).toEqual(malformedAt(['mutations', 0, 'sneaky\u0000']));
  });
});

describe('hostile nesting is refused before anything recurses into it', () => {
  it('4. a field nested 5,000 arrays deep is a 400, not a stack overflow', async () => {
    const marker = '"__deep__"';
    const text = JSON.stringify(pushBody([{ ...note(), fields: { ...note().fields, text: '__deep__' } }]));
    const deep = text.replace(marker, `${'['.repeat(5000)}"x"${']'.repeat(5000)}`);
    const error = await refusedWithoutChange(() => pushText(deep), 400, 'invalid_request');
    expect(error.details).toEqual([expect.objectContaining({ path: expect.arrayContaining(['mutations', 0, 'fields', 'text']), message: wireTextMessages.tooDeep })]);
  });
});

describe('a sent verification request', () => {
  it('10. cannot be deleted by a push (record_frozen); withdrawing it is a status change', async () => {
    const { id, ...fields } = sampleRecords.verificationRequests;
    const sent = { ...fields, status: 'sent', sentOn: '2026-02-20', frozenAt: '2026-02-20T08:00:00.000Z' };
    const mutation = (m: Omit<PushMutation, 'mutationId' | 'table' | 'id' | 'hlc'>): PushMutation => ({
      mutationId: nextMutationId,
      table: 'verificationRequests',
      id,
      hlc: hlcAt(device.deviceId, undefined, nextMutationId++),
      ...m,
    } as PushMutation);
    expect((await push([mutation({ op: 'put', fields: sent })])).json().results[0]).toMatchObject({ status: 'applied' });

    const pullBefore = await pull();
    const rowsBefore = await server.sql.query('SELECT to_jsonb(r) AS j FROM rows r ORDER BY workspace_id, tbl, id');
    const answer = pushResponseSchema.parse((await push([mutation({ op: 'delete' })])).json());
    expect(answer.results[0]).toMatchObject({ status: 'rejected', code: 'record_frozen' });
    expect(await pull()).toEqual({ ...pullBefore, lastMutationId: answer.lastMutationId });
    expect(await server.sql.query('SELECT to_jsonb(r) AS j FROM rows r ORDER BY workspace_id, tbl, id')).toEqual(rowsBefore);

    const clocks = pullBefore.changes.find((c) => c.id === id)!.fieldMeta;
    const base = { status: clocks.status!.v, outcome: clocks.outcome!.v };
    const withdraw = await push([mutation({ op: 'put', fields: { status: 'closed', outcome: 'withdrawn' }, base })]);
    expect(withdraw.json().results[0]).toMatchObject({ status: 'applied' });
  });
});
