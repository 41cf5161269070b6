import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from './app';
import { loggerOptions } from './http/logging';
import type { TestServer } from './testing/testServer';
import { enrollTestDevice, newCaseMutation, startTestServer } from './testing/testServer';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

// One database; each test builds the app variant it needs on it (building an app is cheap).
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});
const appWith = async (overrides: Partial<TestServer['deps']>, logger?: Parameters<typeof buildApp>[1]) => {
  const app = await buildApp({ ...server.deps, ...overrides }, logger);
  await app.ready();
  return app;
};

describe('the HTTP app', () => {
  it('answers health with its version and schema version', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/v1/health' });
    expect(response.json()).toEqual({ ok: true, version: '0.0.0-test', schemaVersion: 1 });
  });

  it('allows CORS only for the Electron origin and the configured web origins', async () => {
    const app = await appWith({ webOrigins: ['https://attache.customs.gov.vn'] });
    const preflight = (origin: string) =>
      app.inject({
        method: 'OPTIONS',
        url: '/v1/sync/pull',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
    for (const origin of ['app://attache', 'https://attache.customs.gov.vn']) {
      expect((await preflight(origin)).headers['access-control-allow-origin']).toBe(origin);
    }
    expect((await preflight('https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
    expect((await preflight('http://127.0.0.1:4173')).headers['access-control-allow-origin']).toBeUndefined();
    await app.close();
  });

  it('rate-limits per device, so one busy device does not block another', async () => {
    const app = await appWith({ rateLimit: { max: 3, timeWindowMs: 60_000 } });
    const a = await enrollTestDevice(server.sql);
    const b = await enrollTestDevice(server.sql, { workspaceId: a.workspaceId });
    const pull = (who: typeof a) =>
      app.inject({ method: 'POST', url: '/v1/sync/pull', headers: who.auth, payload: { deviceId: who.deviceId, schemaVersion: 1, cursor: 0 } });
    for (let i = 0; i < 3; i++) expect((await pull(a)).statusCode).toBe(200);
    const limited = await pull(a);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect((await pull(b)).statusCode).toBe(200);
    await app.close();
  });

  it('counts refused tokens against the address: made-up tokens do not each get a fresh limit', async () => {
    const app = await appWith({ rateLimit: { max: 3, timeWindowMs: 60_000 } });
    const device = await enrollTestDevice(server.sql);
    const madeUp = (i: number) => ({ authorization: `Bearer ${'forged-token-'.padEnd(43, String(i % 10))}` });
    const pull = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/v1/sync/pull', headers, payload: { deviceId: device.deviceId, schemaVersion: 1, cursor: 0 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await pull(madeUp(i))).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // The proven device keeps its own limit.
    expect((await pull(device.auth)).statusCode).toBe(200);
    await app.close();
  });

  it('counts requests to made-up URLs against the address: a flood of them is refused with 429 too', async () => {
    const app = await appWith({ rateLimit: { max: 3, timeWindowMs: 60_000 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await app.inject({ method: 'GET', url: `/v1/made-up-${i}` })).statusCode);
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
    const limited = await app.inject({ method: 'POST', url: '/v1/sync/pull', payload: {} });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    // Another address keeps its own budget.
    expect((await app.inject({ method: 'GET', url: '/v1/made-up', remoteAddress: '10.0.0.9' })).statusCode).toBe(404);
    await app.close();
  });

  it('never logs tokens or bodies', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await appWith({}, loggerOptions('trace', stream));
    const device = await enrollTestDevice(server.sql);
    const mutation = newCaseMutation(1, device.deviceId, 7);
    const response = await app.inject({
      method: 'POST',
      url: '/v1/sync/push',
      headers: device.auth,
      payload: { deviceId: device.deviceId, schemaVersion: 1, mutations: [mutation] },
    });
    expect(response.statusCode).toBe(200);
    await app.close();
    const log = lines.join('');
    expect(log).toContain('/v1/sync/push');
    expect(log).not.toContain(device.token);
    expect(log).not.toContain(String(mutation.fields?.title));
  });

  it('answers an unexpected failure with 500 internal and no stack or message', async () => {
    // Last test of the file: it breaks the database on purpose.
    const device = await enrollTestDevice(server.sql);
    await server.sql.query('DROP TABLE workspace_restores CASCADE');
    const response = await server.app.inject({
      method: 'POST',
      url: '/v1/sync/pull',
      headers: device.auth,
      payload: { deviceId: device.deviceId, schemaVersion: 1, cursor: 0 },
    });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'internal', message: 'Internal server error' } });
  });
});
