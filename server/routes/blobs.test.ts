import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EnrolledDevice, TestServer } from '../testing/testServer';
import { enrollTestDevice, startTestServer } from '../testing/testServer';

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

const bytes = Buffer.from('%PDF-1.7 certificate of origin, form E');
const sha = createHash('sha256').update(bytes).digest('hex');
const put = (who: EnrolledDevice, hash: string, body: Buffer) =>
  server.app.inject({
    method: 'PUT',
    url: `/v1/blobs/${hash}`,
    headers: { ...who.auth, 'content-type': 'application/octet-stream' },
    payload: body,
  });
const get = (who: EnrolledDevice, hash: string) => server.app.inject({ method: 'GET', url: `/v1/blobs/${hash}`, headers: who.auth });

describe('blobs', () => {
  it('stores verified bytes idempotently and serves them back', async () => {
    expect((await put(device, sha, bytes)).json()).toEqual({ sha256: sha, size: bytes.length });
    expect((await put(device, sha, bytes)).json()).toEqual({ sha256: sha, size: bytes.length });
    const back = await get(device, sha);
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.equals(bytes)).toBe(true);
    // Attachments are sealed on devices; a browser's disk cache would keep them in clear.
    expect(back.headers['cache-control']).toBe('no-store');
  });

  it('refuses bytes that do not match the hash in the path', async () => {
    const other = 'f'.repeat(64);
    const response = await put(device, other, bytes);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_request');
    expect((await get(device, other)).statusCode).toBe(404);
  });

  it('never serves a blob to another workspace, and refuses viewers uploading', async () => {
    const stranger = await enrollTestDevice(server.sql);
    const response = await get(stranger, sha);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
    const viewer = await enrollTestDevice(server.sql, { role: 'viewer', workspaceId: device.workspaceId });
    expect((await put(viewer, sha, bytes)).statusCode).toBe(403);
    expect((await get(viewer, sha)).statusCode).toBe(200);
  });

  it('refuses a malformed hash and a missing token', async () => {
    expect((await get(device, 'ABC')).json().error.code).toBe('invalid_request');
    const anonymous = await server.app.inject({ method: 'GET', url: `/v1/blobs/${sha}` });
    expect(anonymous.statusCode).toBe(401);
  });
});
