/**
 * Issue 15, item 7: refusals made by Fastify's router and body parsers, or by Node's HTTP parser,
 * before any route runs. Every one answers `{ error: { code, message } }` with a status the
 * contract lists, like the routes' own errors.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorBodySchema, errorStatus } from '../../shared/sync/wire';
import type { EnrolledDevice, TestServer } from '../testing/testServer';
import { enrollTestDevice, startTestServer } from '../testing/testServer';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let server: TestServer;
let device: EnrolledDevice;
let port: number;
beforeAll(async () => {
  server = await startTestServer();
  device = await enrollTestDevice(server.sql);
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  port = (server.app.server.address() as { port: number }).port;
});
afterAll(async () => {
  await server.close();
});

const listedStatuses = new Set<number>(Object.values(errorStatus));

/** The answer is in the contract's error shape, with `code` and the status that code travels with. */
function expectContractError(response: { statusCode: number; body: string }, code: keyof typeof errorStatus) {
  expect(listedStatuses.has(response.statusCode), `status ${response.statusCode}`).toBe(true);
  const body = errorBodySchema.parse(JSON.parse(response.body));
  expect(body.error.code).toBe(code);
  expect(response.statusCode).toBe(errorStatus[code]);
  return body.error;
}

const longSegment = 'a'.repeat(101);

describe("the router's refusals", () => {
  it.each([
    ['GET', '/v1/blobs/%ZZ', true],
    ['PUT', '/v1/blobs/%ZZ', true],
    ['GET', '/v1/blobs/%ZZ', false],
    ['GET', `/v1/blobs/${longSegment}`, true],
    ['PUT', `/v1/blobs/${longSegment}`, false],
  ] as const)('%s %s (token: %s) is 400 invalid_request, never a Fastify body or a 414', async (method, url, withToken) => {
    const response = await server.app.inject({ method, url, headers: withToken ? device.auth : {} });
    const error = expectContractError(response, 'invalid_request');
    // The message names the problem without echoing the path back.
    expect(error.message).not.toContain(url.slice(10));
  });

  it('a path to nowhere is 404 not_found, however long, and its body is not even parsed', async () => {
    expectContractError(await server.app.inject({ method: 'GET', url: `/v1/${longSegment}` }), 'not_found');
    const broken = await server.app.inject({ method: 'POST', url: '/v1/nothing', headers: { 'content-type': 'application/json' }, payload: '{"a":' });
    expectContractError(broken, 'not_found');
  });
});

describe("a plugin's own refusals", () => {
  it('a preflight without an Origin (CORS answers it before any route) is 400 invalid_request, not text/plain', async () => {
    for (const url of ['/v1/sync/push', '/v1/nowhere']) {
      const response = await server.app.inject({ method: 'OPTIONS', url });
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expectContractError(response, 'invalid_request');
    }
    // A real preflight still gets CORS's empty 204.
    const preflight = await server.app.inject({ method: 'OPTIONS', url: '/v1/sync/push', headers: { origin: 'app://attache', 'access-control-request-method': 'POST' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.body).toBe('');
  });
});

describe("the body parsers' refusals", () => {
  const enroll = (headers: Record<string, string>, payload: string | Buffer) =>
    server.app.inject({ method: 'POST', url: '/v1/devices/enroll', headers, payload });

  it.each([
    ['an unsupported media type', { 'content-type': 'application/xml' }, '<enroll/>'],
    ['raw bytes (only attachments take them)', { 'content-type': 'application/octet-stream' }, Buffer.from('ABCD')],
    ['malformed JSON', { 'content-type': 'application/json' }, '{"code": '],
    ['an empty JSON body', { 'content-type': 'application/json' }, ''],
  ])('%s is 400 invalid_request', async (_name, headers, payload) => {
    expectContractError(await enroll(headers, payload), 'invalid_request');
  });

  it('a body over its route’s limit is 413 payload_too_large', async () => {
    const payload = JSON.stringify({ code: 'ABCD', deviceName: 'x'.repeat(20_000) });
    expectContractError(await enroll({ 'content-type': 'application/json' }, payload), 'payload_too_large');
    const pull = await server.app.inject({
      method: 'POST',
      url: '/v1/sync/pull',
      headers: { ...device.auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ deviceId: device.deviceId, schemaVersion: 1, cursor: 0, padding: 'x'.repeat(20_000) }),
    });
    expectContractError(pull, 'payload_too_large');
  });
});

/** Sends raw bytes on a fresh connection and returns what the server answers before closing it. */
function rawExchange(request: string): Promise<{ statusCode: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      resolve({ statusCode: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), body });
    });
    socket.write(request);
  });
}

describe("Node's HTTP parser's refusals", () => {
  it('malformed HTTP is 400 invalid_request', async () => {
    expectContractError(await rawExchange('GET /v1/health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'), 'invalid_request');
  });

  it('headers past the size limit are 400 invalid_request (not 431)', async () => {
    const response = await rawExchange(`GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Padding: ${'p'.repeat(20_000)}\r\n\r\n`);
    expect(expectContractError(response, 'invalid_request').message).toMatch(/headers are too large/);
  });
});
