import { createHash, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app';
import type { BlobStore } from '../blobs/blobStore';
import type { Sql } from '../db/sql';
import type { TestServer } from '../testing/testServer';
import { enrollTestDevice, newCaseMutation, startTestServer } from '../testing/testServer';
import { loggerOptions } from './logging';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** An error as Node's fs reports a full disk. */
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });

/** The app on the test database with `overrides`, its log lines collected. */
async function appLogging(overrides: { blobs?: BlobStore; sql?: Sql }) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const app = await buildApp({ ...server.deps, ...overrides }, loggerOptions('info', stream));
  await app.ready();
  return { app, log: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('the disk filling up while the server runs', () => {
  it('an upload the blob folder cannot hold answers a clear 500 and logs storage_full; reads go on', async () => {
    const device = await enrollTestDevice(server.sql);
    const fullDisk: BlobStore = { ...server.deps.blobs, put: () => Promise.reject(enospc()) };
    const { app, log } = await appLogging({ blobs: fullDisk });
    const bytes = randomBytes(2048);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const upload = await app.inject({
      method: 'PUT',
      url: `/v1/blobs/${sha256}`,
      headers: { ...device.auth, 'content-type': 'application/octet-stream' },
      payload: bytes,
    });
    expect(upload.statusCode).toBe(500);
    expect(upload.json()).toEqual({ error: { code: 'internal', message: 'The server cannot store data: its disk is full' } });
    const fault = log().find((line) => line.fault === 'storage_full');
    expect(fault?.msg).toBe('storage_full: The server cannot store data: its disk is full');
    expect((fault?.err as { code?: string }).code).toBe('ENOSPC');
    // Nothing recorded for a blob that was not stored: a later upload is not taken for a duplicate.
    expect(await server.sql.query('SELECT 1 FROM blobs WHERE sha256 = $1', [sha256])).toEqual([]);

    const health = await app.inject({ method: 'GET', url: '/v1/health' });
    expect(health.statusCode).toBe(200);
    const pull = await app.inject({
      method: 'POST',
      url: '/v1/sync/pull',
      headers: device.auth,
      payload: { deviceId: device.deviceId, schemaVersion: 1, cursor: 0 },
    });
    expect(pull.statusCode).toBe(200);
    await app.close();
  });

  it('a push the database cannot write (SQLSTATE 53100) answers the same, and the log keeps the records out', async () => {
    const device = await enrollTestDevice(server.sql);
    const mutation = newCaseMutation(1, device.deviceId, 501);
    const title = String(mutation.fields?.title);
    // What PGlite throws when its folder fills up: the failed query's parameters come with it.
    const diskFull = Object.assign(new Error('could not extend file "base/5/16579": No space left on device'), {
      code: '53100',
      query: 'INSERT INTO rows …',
      params: [JSON.stringify(mutation.fields)],
    });
    const fullDatabase: Sql = { ...server.sql, transaction: () => Promise.reject(diskFull) };
    const { app, log } = await appLogging({ sql: fullDatabase });
    const push = await app.inject({
      method: 'POST',
      url: '/v1/sync/push',
      headers: device.auth,
      payload: { deviceId: device.deviceId, schemaVersion: 1, mutations: [mutation] },
    });
    expect(push.statusCode).toBe(500);
    expect(push.json()).toEqual({ error: { code: 'internal', message: 'The server cannot store data: its disk is full' } });
    const lines = log();
    expect(lines.some((line) => line.fault === 'storage_full')).toBe(true);
    expect(JSON.stringify(lines)).not.toContain(title);
    await app.close();
  });

  it('a read-only data folder (EROFS) is told apart from a full one', async () => {
    const device = await enrollTestDevice(server.sql);
    const readOnly: BlobStore = {
      ...server.deps.blobs,
      put: () => Promise.reject(Object.assign(new Error('EROFS: read-only file system, open'), { code: 'EROFS' })),
    };
    const { app, log } = await appLogging({ blobs: readOnly });
    const bytes = randomBytes(64);
    const upload = await app.inject({
      method: 'PUT',
      url: `/v1/blobs/${createHash('sha256').update(bytes).digest('hex')}`,
      headers: { ...device.auth, 'content-type': 'application/octet-stream' },
      payload: bytes,
    });
    expect(upload.json()).toEqual({ error: { code: 'internal', message: 'The server cannot store data: its storage is read-only' } });
    expect(log().some((line) => line.fault === 'storage_not_writable')).toBe(true);
    await app.close();
  });
});
