import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fieldHistoryEntrySchema } from '../../shared/domain';
import type { ClockGroup } from '../../shared/sync/clockGroups';
import { fieldMetaOf, pullResponseSchema, type PushMutation } from '../../shared/sync/wire';
import { sampleId, sampleRecords } from '../../shared/domain/sampleRecords';
import type { Sql } from '../db/sql';
import { authenticate } from '../services/devices';
import type { EnrolledDevice } from '../testing/testServer';
import { enrollTestDevice, hlcAt, newCaseMutation } from '../testing/testServer';
import { openTestDb } from '../testing/testDb';
import { pullAnswerJson, pullChanges } from './pull';
import { applyPush } from './push';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let sql: Sql;
beforeAll(async () => {
  sql = await openTestDb();
});
afterAll(async () => {
  await sql.close();
});

const now = Date.parse('2026-03-01T12:00:00Z');
const pushAs = async (device: EnrolledDevice, mutations: Parameters<typeof applyPush>[2]['mutations']) =>
  applyPush(sql, await authenticate(sql, device.token), { deviceId: device.deviceId, schemaVersion: 1, mutations }, now);
/** A pull's answer as the device reads it off the wire (so it is also checked against the wire schema). */
const pullAs = async (device: EnrolledDevice, cursor: number) =>
  pullResponseSchema.parse(JSON.parse(pullAnswerJson(await pullChanges(sql, await authenticate(sql, device.token), { deviceId: device.deviceId, schemaVersion: 1, cursor }))));

describe('applyPush', () => {
  it('takes the administration’s deadline rules and holidays like any record, for every device, and refuses a period too long', async () => {
    const admin = await enrollTestDevice(sql, { role: 'admin' });
    const other = await enrollTestDevice(sql, { workspaceId: admin.workspaceId });
    const hlc = hlcAt(admin.deviceId, now - 1000);
    const out = await pushAs(admin, [
      { mutationId: 1, table: 'replyPeriodRules', id: 'CPTPP', op: 'put', fields: { amount: 45, unit: 'days', dayKind: 'business' }, hlc },
      { mutationId: 2, table: 'holidays', id: sampleId(300), op: 'put', fields: { date: '2026-09-02', name: 'Quốc khánh' }, hlc },
      { mutationId: 3, table: 'replyPeriodRules', id: 'EVFTA', op: 'put', fields: { amount: 30, unit: 'months', dayKind: 'calendar' }, hlc },
    ]);
    expect(out.response.results.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected']);
    const page = await pullAs(other, 0);
    expect(page.changes.map((c) => [c.table, c.id, c.fields])).toEqual([
      ['replyPeriodRules', 'CPTPP', { amount: 45, unit: 'days', dayKind: 'business' }],
      ['holidays', sampleId(300), { date: '2026-09-02', name: 'Quốc khánh' }],
    ]);
  });

  it('hands out every version exactly once when devices push at the same time', async () => {
    const first = await enrollTestDevice(sql);
    const others = await Promise.all([1, 2, 3].map(() => enrollTestDevice(sql, { workspaceId: first.workspaceId })));
    const all = [first, ...others];
    await Promise.all(
      all.map((d, i) => pushAs(d, [newCaseMutation(1, d.deviceId, 100 + i * 10), newCaseMutation(2, d.deviceId, 101 + i * 10)])),
    );
    await Promise.all(all.map((d, i) => pushAs(d, [newCaseMutation(3, d.deviceId, 102 + i * 10)])));
    const rows = await sql.query<{ version: unknown }>('SELECT version FROM rows WHERE workspace_id = $1 ORDER BY version', [first.workspaceId]);
    expect(rows.map((r) => Number(r.version))).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const [ws] = await sql.query<{ version: unknown }>('SELECT version FROM workspaces WHERE id = $1', [first.workspaceId]);
    expect(Number(ws?.version)).toBe(12);
  });

  it('keeps the losing value of a concurrent ordinary edit as a pulled fieldHistory row, without a conflict', async () => {
    const a = await enrollTestDevice(sql, { name: 'Nguyễn Thị Mai' });
    const b = await enrollTestDevice(sql, { workspaceId: a.workspaceId, name: 'John Smith' });
    await pushAs(a, [newCaseMutation(1, a.deviceId, 200)]);
    const id = sampleId(200);
    const later = Date.parse('2026-03-01T11:30:00Z');
    const losing = hlcAt(b.deviceId, later - 60_000);
    await pushAs(a, [{ mutationId: 2, table: 'cases', id, op: 'put', fields: { title: 'From A (later)' }, base: { title: 1 }, hlc: hlcAt(a.deviceId, later) }]);
    const out = await pushAs(b, [{ mutationId: 1, table: 'cases', id, op: 'put', fields: { title: 'From B (earlier)' }, base: { title: 1 }, hlc: losing }]);
    // The case did not change; only its lost value was recorded, with a version of its own.
    expect(out.response.results[0]).toEqual({ mutationId: 1, status: 'applied' });
    expect(out.advancedTo).toBe(3);

    const page = await pullAs(a, 2);
    expect(page.changes).toHaveLength(1);
    const entry = page.changes[0]!;
    expect(entry).toMatchObject({ table: 'fieldHistory', version: 3, deleted: false });
    expect(fieldHistoryEntrySchema.parse({ ...entry.fields, id: entry.id })).toEqual({
      id: entry.id,
      recordTable: 'cases',
      recordId: id,
      field: 'title',
      value: 'From B (earlier)',
      hlc: losing,
      deviceId: b.deviceId,
      author: 'John Smith',
      replacedAt: new Date(now).toISOString(),
    });
    expect(Object.values(entry.fieldMeta).every((m) => m.v === 3 && m.hlc.endsWith('-server'))).toBe(true);
    const tables = await sql.query<{ tbl: string }>('SELECT tbl FROM rows WHERE workspace_id = $1 ORDER BY version', [a.workspaceId]);
    expect(tables.map((t) => t.tbl)).toEqual(['cases', 'fieldHistory']);
    const record = await pullAs(b, 0);
    expect(record.changes.find((c) => c.table === 'cases')?.fields.title).toBe('From A (later)');
    expect(record.lastMutationId).toBe(1);
  });

  it('writes in one push a change to a stored record, a new record, and a record created then edited, each once at its final state', async () => {
    const a = await enrollTestDevice(sql);
    await pushAs(a, [newCaseMutation(1, a.deviceId, 210)]);
    const hlc = hlcAt(a.deviceId, now - 1000, 9);
    const out = await pushAs(a, [
      { mutationId: 2, table: 'cases', id: sampleId(210), op: 'put', fields: { title: 'Stored, now renamed' }, base: { title: 1 }, hlc },
      { ...newCaseMutation(3, a.deviceId, 211), hlc },
      { ...newCaseMutation(4, a.deviceId, 212), hlc },
      { mutationId: 5, table: 'cases', id: sampleId(212), op: 'put', fields: { title: 'New, renamed in the same push' }, base: { title: 4 }, hlc },
    ]);
    expect(out.response.results.map((r) => [r.status, r.version])).toEqual([['applied', 2], ['applied', 3], ['applied', 4], ['applied', 5]]);

    const page = await pullAs(a, 0);
    expect(page.changes.map((c) => [c.id, c.version, c.fields.title])).toEqual([
      [sampleId(210), 2, 'Stored, now renamed'],
      [sampleId(211), 3, sampleRecords.cases.title],
      [sampleId(212), 5, 'New, renamed in the same push'],
    ]);
    const stored = await sql.query<{ n: unknown }>('SELECT count(*) AS n FROM rows WHERE workspace_id = $1', [a.workspaceId]);
    expect(Number(stored[0]?.n)).toBe(3);
  });

  it('clamps an hlc from a clock a year fast and audits it', async () => {
    const a = await enrollTestDevice(sql);
    const yearAhead = now + 365 * 24 * 3_600_000;
    const out = await pushAs(a, [{ ...newCaseMutation(1, a.deviceId, 300), hlc: hlcAt(a.deviceId, yearAhead) }]);
    expect(out.response.results[0]?.status).toBe('applied');
    const [row] = await sql.query<{ fields: string; field_meta: string }>('SELECT fields, field_meta FROM rows WHERE workspace_id = $1', [a.workspaceId]);
    const clocks = fieldMetaOf({ clocks: JSON.parse(row?.field_meta ?? '[]') as ClockGroup[], fields: JSON.parse(row?.fields ?? '{}') as Record<string, unknown> });
    expect(Number(clocks.title?.hlc.slice(0, 15))).toBeLessThanOrEqual(now + 24 * 3_600_000);
    const audit = await sql.query('SELECT action FROM audit_events WHERE workspace_id = $1 AND action = $2', [a.workspaceId, 'hlc.clamp']);
    expect(audit).toHaveLength(1);
  });

  // Text PostgreSQL cannot store (a NUL, an unpaired surrogate) is refused earlier, by the wire
  // schema, for the whole request: server/routes/hostileInput.test.ts.
  it('rejects an invalid record per mutation, without using a version', async () => {
    const a = await enrollTestDevice(sql);
    const bad = { ...newCaseMutation(1, a.deviceId, 400) };
    bad.fields = { ...bad.fields, partnerCountry: 'Vietnam' };
    const out = await pushAs(a, [bad, newCaseMutation(2, a.deviceId, 402)]);
    expect(out.response.results.map((r) => [r.status, r.code, r.version])).toEqual([
      ['rejected', 'validation_failed', undefined],
      ['applied', undefined, 1],
    ]);
    expect(out.response.lastMutationId).toBe(2);
  });

  it('refuses to reword, move or delete the questions of a sent request, in a later push or later in the same one, and takes their answers', async () => {
    const device = await enrollTestDevice(sql);
    const { id: requestId, ...request } = sampleRecords.verificationRequests;
    const { id: questionId, ...question } = sampleRecords.requestQuestions;
    const added = { ...question, number: 2 };
    let mutationId = 0;
    const change = (m: Omit<PushMutation, 'mutationId' | 'hlc'>): PushMutation =>
      ({ ...m, mutationId: ++mutationId, hlc: hlcAt(device.deviceId, now - 1000, mutationId) }) as PushMutation;
    const sent = { status: 'sent', sentOn: '2026-02-20', frozenAt: '2026-02-20T08:00:00.000Z' };
    const reworded = { text: 'Please also confirm the mill.' };
    const codes = (out: Awaited<ReturnType<typeof pushAs>>) => out.response.results.map((r) => r.code ?? r.status);

    // One batch: the draft and its question, a last rewording, the send, then a rewording too late.
    const first = await pushAs(device, [
      change({ table: 'verificationRequests', id: requestId, op: 'put', fields: request }),
      change({ table: 'requestQuestions', id: questionId, op: 'put', fields: question }),
      change({ table: 'requestQuestions', id: questionId, op: 'put', fields: reworded, base: { text: 2 } }),
      change({ table: 'verificationRequests', id: requestId, op: 'put', fields: sent, base: { status: 1, sentOn: 1, frozenAt: 1 } }),
      change({ table: 'requestQuestions', id: questionId, op: 'put', fields: { text: 'Too late.' }, base: { text: 3 } }),
    ]);
    expect(codes(first)).toEqual(['applied', 'applied', 'applied', 'applied', 'record_frozen']);

    // Later pushes, the request no longer in the batch: the server looks it up.
    const later = await pushAs(device, [
      change({ table: 'requestQuestions', id: questionId, op: 'put', fields: { number: 3 }, base: { number: 2 } }),
      // One the server never saw is taken, as a late upload (a request created already sent is too).
      change({ table: 'requestQuestions', id: sampleId(22), op: 'put', fields: added }),
      change({ table: 'requestQuestions', id: questionId, op: 'delete' }),
      change({ table: 'requestQuestions', id: questionId, op: 'put', fields: { answer: 'Confirmed by the mill.', answeredOn: '2026-03-02' }, base: { answer: 2, answeredOn: 2 } }),
      // A question of another, draft request moved into the sent one.
      change({ table: 'verificationRequests', id: sampleId(23), op: 'put', fields: request }),
      change({ table: 'requestQuestions', id: sampleId(24), op: 'put', fields: { ...question, requestId: sampleId(23) } }),
      change({ table: 'requestQuestions', id: sampleId(24), op: 'put', fields: { requestId }, base: { requestId: 7 } }),
    ]);
    expect(codes(later)).toEqual(['record_frozen', 'applied', 'record_frozen', 'applied', 'applied', 'applied', 'record_frozen']);
    const stored = (await pullAs(device, 0)).changes.filter((c) => c.table === 'requestQuestions' && c.id === questionId);
    expect(stored.map((c) => [c.id, c.deleted, c.fields.number, c.fields.text, c.fields.answer])).toEqual([
      [questionId, false, 1, reworded.text, 'Confirmed by the mill.'],
    ]);
  });
});
