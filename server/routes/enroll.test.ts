import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { randomBytes } from 'node:crypto';
import { enrollResponseSchema, errorBodySchema } from '../../shared/sync/wire';
import { buildApp } from '../app';
import { createEnrollmentCode } from '../services/enrollment';
import { addMember, createWorkspace } from '../services/workspaces';
import { dumpDatabase } from '../testing/testDb';
import type { TestServer } from '../testing/testServer';
import { startTestServer } from '../testing/testServer';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const enroll = (payload: unknown) => server.app.inject({ method: 'POST', url: '/v1/devices/enroll', payload: payload as object });

async function memberCode(ttlMs?: number) {
  const ws = await createWorkspace(server.sql, { name: 'VN Customs attaché office, Washington' });
  const member = await addMember(server.sql, { workspaceId: ws.id, name: 'Nguyễn Văn A', role: 'member' });
  const issued = await createEnrollmentCode(server.sql, { memberId: member.id, now: new Date(server.clock.now), ...(ttlMs ? { ttlMs } : {}) });
  return { ws, member, code: issued.code };
}

describe('POST /v1/devices/enroll', () => {
  it('enrolls once, and the token then authenticates pulls', async () => {
    const { ws, member, code } = await memberCode();
    const response = await enroll({ code, deviceName: 'Laptop of A' });
    expect(response.statusCode).toBe(200);
    const body = enrollResponseSchema.parse(response.json());
    expect(body.workspace).toEqual({ id: ws.id, name: ws.name });
    expect(body.member).toEqual({ id: member.id, name: member.name, role: 'member' });

    const pull = await server.app.inject({
      method: 'POST',
      url: '/v1/sync/pull',
      headers: { authorization: `Bearer ${body.token}` },
      payload: { deviceId: body.deviceId, schemaVersion: 1, cursor: 0 },
    });
    expect(pull.json()).toEqual({ changes: [], cursor: 0, hasMore: false, lastMutationId: 0 });

    const before = await dumpDatabase(server.sql);
    const again = await enroll({ code, deviceName: 'Another laptop' });
    expect(again.statusCode).toBe(401);
    expect(errorBodySchema.parse(again.json()).error.code).toBe('unauthenticated');
    expect(await dumpDatabase(server.sql)).toEqual(before);
  });

  it('refuses an expired code and changes nothing', async () => {
    const { code } = await memberCode(60_000);
    server.clock.now += 60_001;
    const before = await dumpDatabase(server.sql);
    const response = await enroll({ code, deviceName: 'Late laptop' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toMatch(/expired/);
    expect(await dumpDatabase(server.sql)).toEqual(before);
  });

  it('refuses malformed bodies with the schema issues', async () => {
    const missing = await enroll({ code: 'ABCD' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toEqual([expect.objectContaining({ path: ['deviceName'] })]);
    const extra = await enroll({ code: 'ABCD', deviceName: 'x', role: 'admin' });
    expect(extra.json().error).toMatchObject({ code: 'invalid_request', details: [expect.objectContaining({ code: 'unrecognized_keys' })] });
    const typed = await enroll({ code: 1234, deviceName: 'x' });
    expect(typed.statusCode).toBe(400);
  });
});

describe('the enrollment rate limit', () => {
  it('counts per address whatever the headers: made-up bearer tokens hit 429 after 10 attempts', async () => {
    // The global limit is set far above, so only enrollment's own 10 a minute can answer 429.
    const app = await buildApp({ ...server.deps, rateLimit: { max: 1000, timeWindowMs: 60_000 } });
    await app.ready();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 14; attempt++) {
      // Every guess brings a token of its own, and some bring none: all come from one address.
      const authorization = attempt % 3 === 2 ? {} : { authorization: `Bearer ${randomBytes(32).toString('base64url')}` };
      const response = await app.inject({ method: 'POST', url: '/v1/devices/enroll', headers: authorization, payload: { code: `GUESS-${attempt}`, deviceName: 'Laptop' } });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) expect(errorBodySchema.parse(response.json()).error.code).toBe('rate_limited');
    }
    await app.close();
    expect(statuses).toEqual([...Array<number>(10).fill(401), ...Array<number>(4).fill(429)]);
  });

  it('counts each device apart behind a proxy the deployment trusts, and believes no one else\'s header', async () => {
    const app = await buildApp({ ...server.deps, rateLimit: { max: 1000, timeWindowMs: 60_000, enrollMax: 2 }, trustedProxies: ['10.0.0.5'] });
    await app.ready();
    const attempt = (remoteAddress: string, forwardedFor: string) =>
      app
        .inject({ method: 'POST', url: '/v1/devices/enroll', remoteAddress, headers: { 'x-forwarded-for': forwardedFor }, payload: { code: 'GUESS', deviceName: 'Laptop' } })
        .then((response) => response.statusCode);
    const statuses = async (remoteAddress: string, forwardedFor: string[]) => {
      const answers: number[] = [];
      for (const address of forwardedFor) answers.push(await attempt(remoteAddress, address));
      return answers;
    };
    // Through the proxy: three laptops of one office, each with its own two attempts.
    expect(await statuses('10.0.0.5', ['192.168.1.10', '192.168.1.11', '192.168.1.12', '192.168.1.10', '192.168.1.10'])).toEqual([401, 401, 401, 401, 429]);
    // Straight from an address that is not the proxy: a made-up header buys nothing.
    expect(await statuses('203.0.113.9', ['192.168.7.1', '192.168.7.2', '192.168.7.3'])).toEqual([401, 401, 429]);
    await app.close();
  });

  it('takes its bound from the configuration when a bench enrolls many devices from one address', async () => {
    const app = await buildApp({ ...server.deps, rateLimit: { max: 1000, timeWindowMs: 60_000, enrollMax: 3 } });
    await app.ready();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await app.inject({ method: 'POST', url: '/v1/devices/enroll', payload: { code: `GUESS-${attempt}`, deviceName: 'Laptop' } });
      statuses.push(response.statusCode);
    }
    await app.close();
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });
});
