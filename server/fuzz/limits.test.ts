/**
 * Issue 15, the limits of the hostile-input suite, as properties over generated requests rather
 * than one example each (routes/enroll.test.ts, routes/authenticateFirst.test.ts hold those):
 * - enrollment is limited per address, whatever headers an attempt carries (made-up, real or
 *   revoked tokens, forwarding headers that claim another address): attempt 11 of a minute from
 *   one address is 429, and another address keeps its own ten;
 * - every route has its own body limit, checked after the token: a body past it is 401 for a
 *   caller without a valid token and 413 for one with, and a body within it is never 413;
 * and no refusal changes the database or the blob folder.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorBodySchema } from '../../shared/sync/wire';
import { maxAuditEventsBytes, maxBlobBytes, maxPushBytes, maxSmallBodyBytes } from '../sync/protocol';
import { createFolderBlobStore } from '../blobs/blobStore';
import { databaseDigest, folderDigest } from '../testing/dbDigest';
import type { EnrolledDevice, TestServer } from '../testing/testServer';
import { enrollTestDevice, startTestServer } from '../testing/testServer';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 120_000 });

const enrollAttemptsPerMinute = 10;
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

let server: TestServer;
let blobRoot: string;
let device: EnrolledDevice;
let revoked: EnrolledDevice;
beforeAll(async () => {
  blobRoot = await mkdtemp(join(tmpdir(), 'attache-limits-blobs-'));
  // The global limit far above what the properties send: only enrollment's own limit can answer 429.
  server = await startTestServer({ blobs: createFolderBlobStore(blobRoot), rateLimit: { max: 100_000, timeWindowMs: 60_000 } });
  device = await enrollTestDevice(server.sql);
  revoked = await enrollTestDevice(server.sql, { workspaceId: device.workspaceId });
  await server.sql.query('UPDATE devices SET revoked_at = now() WHERE id = $1', [revoked.deviceId]);
});
afterAll(async () => {
  await server?.close();
  await rm(blobRoot, { recursive: true, force: true });
});

const digest = async () => `${await databaseDigest(server.sql)}/${await folderDigest(blobRoot)}`;

const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join('.'));

/** Headers an enrollment attempt may carry to look like someone else. */
const disguise = fc.record(
  {
    authorization: fc.oneof(
      fc.uint8Array({ minLength: 24, maxLength: 48 }).map((b) => `Bearer ${Buffer.from(b).toString('base64url')}`),
      fc.constant('real'),
      fc.constant('revoked'),
      fc.constantFrom('Bearer', 'Basic YWRtaW46YWRtaW4=', 'Bearer \u00e9'),
    ),
    'x-forwarded-for': fc.array(ipv4, { minLength: 1, maxLength: 3 }).map((ips) => ips.join(', ')),
    'x-real-ip': ipv4,
    forwarded: ipv4.map((ip) => `for=${ip};proto=https`),
    'cf-connecting-ip': ipv4,
    'user-agent': fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
  },
  { requiredKeys: [] },
);

/** What an attempt sends: a guessed code, a code-shaped nothing, or a body the schema refuses. */
const attemptBody = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }).map((code) => JSON.stringify({ code, deviceName: 'Laptop' })),
  fc.constantFrom('{', '{}', '[]', '{"code":"ABCD-EFGH","deviceName":"\\u0000"}', '{"code":1,"deviceName":"x"}'),
);

const attempt = fc.record({ headers: disguise, body: attemptBody });

describe('the enrollment rate limit', () => {
  it('is per address whatever the headers: 10 attempts a minute, then 429 rate_limited; other addresses keep theirs', async () => {
    const before = await digest();
    let address = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(attempt, { minLength: enrollAttemptsPerMinute + 1, maxLength: enrollAttemptsPerMinute + 5 }), async (attempts) => {
        // A new address each run: the window is a minute, far longer than the run.
        address += 1;
        const remoteAddress = `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
        const statuses: number[] = [];
        for (const [i, { headers, body }] of attempts.entries()) {
          const authorization = headers.authorization === 'real' ? device.auth.authorization : headers.authorization === 'revoked' ? revoked.auth.authorization : headers.authorization;
          const response = await server.app.inject({
            method: 'POST',
            url: '/v1/devices/enroll',
            remoteAddress,
            headers: { ...headers, ...(authorization === undefined ? {} : { authorization }), 'content-type': 'application/json' },
            payload: body,
          });
          statuses.push(response.statusCode);
          const refusal = errorBodySchema.parse(response.json());
          if (i >= enrollAttemptsPerMinute) {
            expect(response.statusCode, `attempt ${i + 1} from one address`).toBe(429);
            expect(refusal.error.code).toBe('rate_limited');
            expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
          } else {
            // None of these codes was issued: refused for what it is, not for the rate.
            expect([400, 401], `attempt ${i + 1} from one address`).toContain(response.statusCode);
          }
        }
        // Another address, whatever this one did, is still heard.
        const other = await server.app.inject({ method: 'POST', url: '/v1/devices/enroll', remoteAddress: `172.16.${(address >> 8) & 255}.${address & 255}`, payload: { code: 'NOPE-NOPE', deviceName: 'x' } });
        expect(other.statusCode).toBe(401);
      }),
      { seed, numRuns: 12 },
    );
    expect(await digest()).toBe(before);
  });
});

type Credential = 'none' | 'forged' | 'revoked' | 'valid';

/** Each route with a body, its own limit, and the statuses of a body within it. */
const routes = [
  { name: 'enroll', method: 'POST', url: '/v1/devices/enroll', limit: maxSmallBodyBytes, open: true, type: 'application/json' },
  { name: 'pull', method: 'POST', url: '/v1/sync/pull', limit: maxSmallBodyBytes, open: false, type: 'application/json' },
  { name: 'push', method: 'POST', url: '/v1/sync/push', limit: maxPushBytes, open: false, type: 'application/json' },
  { name: 'audit events', method: 'POST', url: '/v1/audit-events', limit: maxAuditEventsBytes, open: false, type: 'application/json' },
  { name: 'blob upload', method: 'PUT', url: `/v1/blobs/${'a'.repeat(64)}`, limit: maxBlobBytes, open: false, type: 'application/octet-stream' },
] as const;

/** Largest body ever sent: one buffer, sliced, so 64 MiB is allocated once. */
const filler = Buffer.alloc(maxBlobBytes + 1024 * 1024, 0x20);

/** A body of exactly `size` bytes: JSON with a padding key (refused by the schema, never by size), or raw bytes. */
function bodyOf(type: string, size: number): Buffer {
  if (type !== 'application/json') return filler.subarray(0, size);
  const head = Buffer.from('{"padding":"');
  return Buffer.concat([head, filler.subarray(0, Math.max(0, size - head.length - 2)), Buffer.from('"}')]).subarray(0, size);
}

describe('body limits', () => {
  it('are per route, and checked after the token: past the limit 401 without a valid token, 413 with one; within it never 413', async () => {
    const before = await digest();
    // Each request from an address of its own, so enrollment's rate limit never answers first.
    let address = 0;
    const sample = fc.record({
      route: fc.constantFrom(...routes),
      credential: fc.constantFrom<Credential>('none', 'forged', 'revoked', 'valid', 'valid'),
      // The limit's edges, and anywhere from nothing to half again past it (so push and audit
      // bodies far past the small routes' limit are still within theirs).
      size: fc.oneof(fc.constantFrom('limit', 'limit+1'), fc.double({ min: 0, max: 1.5, noNaN: true })),
    });
    await fc.assert(
      fc.asyncProperty(sample, async ({ route, credential, size }) => {
        const bytes = size === 'limit' ? route.limit : size === 'limit+1' ? route.limit + 1 : Math.round(size * route.limit);
        const authorization = { none: undefined, forged: `Bearer ${randomBytes(32).toString('base64url')}`, revoked: revoked.auth.authorization, valid: device.auth.authorization }[credential];
        const response = await server.app.inject({
          method: route.method,
          url: route.url,
          remoteAddress: `192.168.${(++address >> 8) & 255}.${address & 255}`,
          headers: { 'content-type': route.type, ...(authorization ? { authorization } : {}) },
          payload: bodyOf(route.type, bytes),
        });
        const { code } = errorBodySchema.parse(response.json()).error;
        const context = `${route.name}, ${bytes} bytes (limit ${route.limit}), ${credential} token`;
        if (!route.open && credential !== 'valid') {
          expect(response.statusCode, context).toBe(401);
          expect(code, context).toBe(credential === 'revoked' ? 'device_revoked' : 'unauthenticated');
        } else if (bytes > route.limit) {
          expect(response.statusCode, context).toBe(413);
          expect(code, context).toBe('payload_too_large');
        } else {
          // Within the limit: read, and refused for what it says (no such key, not that hash).
          expect(response.statusCode, context).toBe(400);
          expect(code, context).toBe('invalid_request');
        }
      }),
      { seed, numRuns: 40 },
    );
    expect(await digest()).toBe(before);
  });
});
