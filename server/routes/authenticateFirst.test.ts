import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestServer } from '../testing/testServer';
import { enrollTestDevice, startTestServer } from '../testing/testServer';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let server: TestServer;
let revokedAuth: { authorization: string };
beforeAll(async () => {
  server = await startTestServer();
  const revoked = await enrollTestDevice(server.sql);
  await server.sql.query('UPDATE devices SET revoked_at = now() WHERE id = $1', [revoked.deviceId]);
  revokedAuth = revoked.auth;
});
afterAll(async () => {
  await server.close();
});

/** Every route that needs a device token; health and enroll are the only open ones. */
const authenticatedRoutes = [
  { method: 'POST', url: '/v1/sync/push' },
  { method: 'POST', url: '/v1/sync/pull' },
  { method: 'GET', url: '/v1/sync/events' },
  { method: 'PUT', url: `/v1/blobs/${'a'.repeat(64)}` },
  { method: 'PUT', url: '/v1/blobs/abc' },
  { method: 'GET', url: '/v1/blobs/abc' },
  { method: 'POST', url: '/v1/audit-events' },
] as const;

/** Bodies Fastify would refuse while parsing (415, 400) if it read them before the token. */
const unparsableBodies = [
  { name: 'no content type', headers: {}, payload: undefined },
  { name: 'an unsupported media type', headers: { 'content-type': 'application/xml' }, payload: '<co/>' },
  { name: 'broken JSON', headers: { 'content-type': 'application/json' }, payload: '{"mutations": [' },
  { name: 'a JSON prototype poisoning', headers: { 'content-type': 'application/json' }, payload: '{"__proto__": {"x": 1}}' },
] as const;

describe('authentication comes before the body', () => {
  for (const route of authenticatedRoutes) {
    for (const body of unparsableBodies) {
      it(`${route.method} ${route.url} with ${body.name} and no token is 401`, async () => {
        const response = await server.app.inject({ ...route, headers: { ...body.headers }, payload: body.payload });
        expect(response.statusCode).toBe(401);
        expect(response.json().error.code).toBe('unauthenticated');
      });
    }

    it(`${route.method} ${route.url} from a revoked device with an unsupported body is 401 device_revoked`, async () => {
      const response = await server.app.inject({
        ...route,
        headers: { ...revokedAuth, 'content-type': 'application/xml' },
        payload: '<co/>',
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('device_revoked');
    });
  }

  it('an authenticated caller still hears what is wrong with its body', async () => {
    const device = await enrollTestDevice(server.sql);
    const response = await server.app.inject({
      method: 'PUT',
      url: `/v1/blobs/${'a'.repeat(64)}`,
      headers: { ...device.auth, 'content-type': 'application/xml' },
      payload: '<co/>',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/Unsupported Media Type/i);
  });
});
