import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Sql } from '../db/sql';
import { openTestDb } from '../testing/testDb';
import { authenticate, bearerToken, listDevices, revokeDevice } from './devices';
import { createEnrollmentCode, enrollDevice } from './enrollment';
import { ServiceError } from './errors';
import { newEnrollmentCode, normalizeEnrollmentCode, sha256Hex } from './secrets';
import { addMember, createWorkspace } from './workspaces';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let sql: Sql;
beforeAll(async () => {
  sql = await openTestDb();
});
afterAll(async () => {
  await sql.close();
});

const failsWith = async (promise: Promise<unknown>, code: string) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServiceError);
  expect((error as ServiceError).code).toBe(code);
};

describe('workspaces, members, enrollment and devices', () => {
  it('enrolls a device with a code that then no longer works', async () => {
    const ws = await createWorkspace(sql, { name: 'VN Customs attaché office, Washington' });
    const member = await addMember(sql, { workspaceId: ws.id, name: 'Nguyễn Văn A', role: 'member' });
    const { code, expiresAt } = await createEnrollmentCode(sql, { memberId: member.id });
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4}){6}$/);
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());

    // Typed in lower case without dashes: still the same code.
    const enrolled = await enrollDevice(sql, { code: code.toLowerCase().replace(/-/g, ''), deviceName: 'Laptop A' });
    expect(enrolled.workspace).toEqual({ id: ws.id, name: ws.name });
    expect(enrolled.member).toEqual({ id: member.id, name: 'Nguyễn Văn A', role: 'member' });
    expect(Buffer.from(enrolled.token, 'base64url')).toHaveLength(32);

    await failsWith(enrollDevice(sql, { code, deviceName: 'Laptop B' }), 'unauthenticated');
    const devices = await listDevices(sql, ws.id);
    expect(devices.map((d) => d.name)).toEqual(['Laptop A']);
  });

  it('stores neither tokens nor codes, only their SHA-256', async () => {
    const ws = await createWorkspace(sql, { name: 'Brussels' });
    const member = await addMember(sql, { workspaceId: ws.id, name: 'B', role: 'admin' });
    const { code } = await createEnrollmentCode(sql, { memberId: member.id });
    const { token, deviceId } = await enrollDevice(sql, { code, deviceName: 'Desk' });
    const dump = JSON.stringify(await sql.query('SELECT * FROM devices, enrollment_codes'));
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(code);
    const [device] = await sql.query<{ token_hash: string }>('SELECT token_hash FROM devices WHERE id = $1', [deviceId]);
    expect(device?.token_hash).toBe(sha256Hex(token));
  });

  it('refuses an expired code and an unknown one', async () => {
    const ws = await createWorkspace(sql, { name: 'Tokyo' });
    const member = await addMember(sql, { workspaceId: ws.id, name: 'C', role: 'member' });
    const issued = new Date('2026-01-01T00:00:00Z');
    const { code } = await createEnrollmentCode(sql, { memberId: member.id, ttlMs: 60_000, now: issued });
    const late = new Date(issued.getTime() + 60_001);
    await failsWith(enrollDevice(sql, { code, deviceName: 'X', now: late }), 'unauthenticated');
    await failsWith(enrollDevice(sql, { code: newEnrollmentCode(), deviceName: 'X' }), 'unauthenticated');
    expect(await listDevices(sql, ws.id)).toEqual([]);
    // Still unused: the refusal consumed nothing, so it works within its lifetime.
    const early = new Date(issued.getTime() + 1000);
    await expect(enrollDevice(sql, { code, deviceName: 'X', now: early })).resolves.toBeTruthy();
  });

  it('authenticates by token and answers device_revoked after revocation', async () => {
    const ws = await createWorkspace(sql, { name: 'Canberra' });
    const member = await addMember(sql, { workspaceId: ws.id, name: 'D', role: 'viewer' });
    const { code } = await createEnrollmentCode(sql, { memberId: member.id });
    const { token, deviceId } = await enrollDevice(sql, { code, deviceName: 'Tablet' });
    const who = await authenticate(sql, bearerToken(`Bearer ${token}`));
    expect(who).toMatchObject({ deviceId, workspaceId: ws.id, memberId: member.id, role: 'viewer' });

    await failsWith(authenticate(sql, null), 'unauthenticated');
    await failsWith(authenticate(sql, 'x'.repeat(43)), 'unauthenticated');
    const first = await revokeDevice(sql, deviceId);
    await failsWith(authenticate(sql, token), 'device_revoked');
    expect((await revokeDevice(sql, deviceId)).revokedAt).toBe(first.revokedAt);
    expect((await listDevices(sql, ws.id))[0]?.revokedAt).toBe(first.revokedAt);
    await failsWith(revokeDevice(sql, 'no-such-device'), 'not_found');
  });

  it('refuses members and codes for things that do not exist', async () => {
    await failsWith(addMember(sql, { workspaceId: 'nope', name: 'E', role: 'member' }), 'not_found');
    await failsWith(createEnrollmentCode(sql, { memberId: 'nope' }), 'not_found');
    await failsWith(listDevices(sql, 'nope'), 'not_found');
  });

  it('reads O, I and L in a code as the digits they look like', () => {
    expect(normalizeEnrollmentCode('o1-il')).toBe(normalizeEnrollmentCode('0111'));
    expect(bearerToken('Basic abc')).toBeNull();
  });
});
