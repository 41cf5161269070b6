import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorBodySchema } from '../../shared/sync/wire';
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

/**
 * What a client uploading `declaredBytes` sees. It writes 64 KiB at a time and notes how much it
 * had written when the answer arrived; it carries on writing (a browser does not stop at an early
 * answer either) until the server closes the connection or everything is written, then waits up
 * to 10 s for the close. `paced`: about 30 MiB/s, a fast network yet slow enough that the whole
 * upload takes longer than the grace the server gives after its answer (lingeringClose.ts);
 * otherwise it queues everything without waiting for the server to take it.
 */
async function upload(head: string, declaredBytes: number, port: number, paced = true) {
  // Half-open: the client keeps writing after the server's answer and FIN, as a stubborn uploader
  // would, so only the server closing the connection can stop it.
  const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
  let answer = '';
  let closed = false;
  let writtenWhenAnswered = -1;
  let written = 0;
  socket.on('data', (chunk) => {
    if (answer === '') writtenWhenAnswered = written;
    answer += chunk.toString('latin1');
  });
  // The server resetting the connection after its answer is how it stops the upload: expected.
  socket.on('error', () => {});
  const closing = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  void closing.then(() => (closed = true));
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write(`${head}Content-Length: ${declaredBytes}\r\n\r\n`);
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  while (!closed && written < declaredBytes) {
    written += chunk.length;
    const drained = socket.write(chunk);
    if (paced) {
      if (!drained) await Promise.race([new Promise((resolve) => socket.once('drain', resolve)), closing]);
      await new Promise((resolve) => setTimeout(resolve, 2));
    } else {
      // Queued without waiting, the way a client streams a file it has in memory.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  socket.destroy();
  const [headers = '', body = ''] = answer.split('\r\n\r\n');
  return { writtenWhenAnswered, written, closedByServer: closed, headers: headers.toLowerCase(), statusCode: Number(headers.slice(9, 12)), body };
}

/**
 * A client that asks first (`Expect: 100-continue`): it sends `body` only if the server's first
 * answer is "100 Continue". Returns the server's first status line and its final answer.
 */
async function askBeforeUpload(head: string, body: string, port: number) {
  const socket = connect(port, '127.0.0.1');
  let answer = '';
  const closing = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.on('error', () => {});
  const first = new Promise<string>((resolve) =>
    socket.on('data', (chunk) => {
      if (answer === '') resolve(chunk.toString('latin1').split('\r\n')[0] ?? '');
      answer += chunk.toString('latin1');
    }),
  );
  socket.write(`${head}Expect: 100-continue\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`);
  const firstLine = await first;
  if (firstLine.startsWith('HTTP/1.1 100')) socket.write(body);
  await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  socket.destroy();
  const final = answer.split('\r\n\r\n').filter((part) => !part.startsWith('HTTP/1.1 100'));
  return { firstLine, finalStatus: Number(final[0]?.slice(9, 12)), finalBody: final[1] ?? '' };
}

describe('a refused upload is not read', () => {
  let port: number;
  beforeAll(async () => {
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    port = (server.app.server.address() as { port: number }).port;
  });

  const twentyMiB = 20 * 1024 * 1024;
  it.each([
    ['a push without a token', 'POST /v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n', 401, 'unauthenticated'],
    ['an attachment without a token', `PUT /v1/blobs/${'a'.repeat(64)} HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n`, 401, 'unauthenticated'],
    ['raw bytes sent to enrollment', 'POST /v1/devices/enroll HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n', 400, 'invalid_request'],
    ['an enrollment past its 16 KiB limit', 'POST /v1/devices/enroll HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n', 413, 'payload_too_large'],
    ['raw bytes sent to no route', 'POST /v1/nothing HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n', 404, 'not_found'],
  ])('%s (20 MiB) is answered while the client is still writing, and the rest is not read', async (_name, head, status, code) => {
    const seen = await upload(head, twentyMiB, port);
    expect(seen.statusCode).toBe(status);
    expect(errorBodySchema.parse(JSON.parse(seen.body)).error.code).toBe(code);
    expect(seen.writtenWhenAnswered).toBeGreaterThanOrEqual(0);
    expect(seen.writtenWhenAnswered).toBeLessThan(twentyMiB);
    // The server read a short grace past its answer, then closed: the client could not send it all.
    expect(seen.headers).toContain('connection: close');
    expect(seen.closedByServer).toBe(true);
    expect(seen.written).toBeLessThan(twentyMiB);
  });

  it('a client that asks first (Expect: 100-continue) is told to upload only once its token is checked', async () => {
    const head = (authorization: string) => `POST /v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${authorization}`;
    const refused = await askBeforeUpload(head(''), 'x'.repeat(1024), port);
    expect(refused.firstLine).toMatch(/^HTTP\/1\.1 401 /);
    expect(errorBodySchema.parse(JSON.parse(refused.finalBody)).error.code).toBe('unauthenticated');

    const device = await enrollTestDevice(server.sql);
    const pull = JSON.stringify({ deviceId: device.deviceId, schemaVersion: 1, cursor: 0 });
    const pullHead = `POST /v1/sync/pull HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: ${device.auth.authorization}\r\n`;
    const accepted = await askBeforeUpload(pullHead, pull, port);
    expect(accepted.firstLine).toBe('HTTP/1.1 100 Continue');
    expect(accepted.finalStatus).toBe(200);
  });

  it('a client uploading flat out still gets to read the answer: the server lingers before it closes', async () => {
    const head = 'POST /v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n';
    const seen = await upload(head, twentyMiB, port, false);
    expect(seen.statusCode).toBe(401);
    expect(errorBodySchema.parse(JSON.parse(seen.body)).error.code).toBe('unauthenticated');
  });
});
