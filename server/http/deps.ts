import type { FastifyRequest, onRequestAsyncHookHandler, preParsingAsyncHookHandler } from 'fastify';
import type { BlobStore } from '../blobs/blobStore';
import type { Sql } from '../db/sql';
import type { Notifier } from '../notify/notifier';
import type { DeviceIdentity } from '../services/devices';
import { authenticate, bearerToken } from '../services/devices';
import { ServiceError } from '../services/errors';
import { minClientSchemaVersion, syncSchemaVersion } from '../sync/protocol';

/** Everything the HTTP app needs, handed in by `main.ts` or a test: the app keeps no globals. */
export interface AppDeps {
  sql: Sql;
  notifier: Notifier;
  blobs: BlobStore;
  /** Server wall clock in ms (the merge clamps hlcs against it; tests move it). */
  now: () => number;
  serverVersion: string;
  /** Allowed browser origins besides `app://attache` (ATTACHE_WEB_ORIGINS). */
  webOrigins: string[];
  /**
   * Requests per window per authenticated device (per address otherwise); `enrollMax` bounds
   * enrollment attempts per address apart (default in routes/enroll.ts); false turns both off.
   */
  rateLimit: { max: number; timeWindowMs: number; enrollMax?: number } | false;
  /** Reverse proxies whose `X-Forwarded-For` is believed (ATTACHE_TRUSTED_PROXIES); none when absent. */
  trustedProxies?: string[];
}

/** Resolves the bearer token of a request to its device (401 `unauthenticated` / `device_revoked`). */
export function requireDevice(deps: AppDeps, request: FastifyRequest): Promise<DeviceIdentity> {
  return authenticate(deps.sql, bearerToken(request.headers.authorization));
}

/** What `authenticateFirst` found: the device, or why the request is refused. */
type Caller = { device: DeviceIdentity } | { refusal: unknown };
const callers = new WeakMap<FastifyRequest, Caller>();

/**
 * The hooks of every authenticated route, both run before Fastify reads the body, so a caller
 * without a valid token learns only that (401), never how its body would have been parsed (415,
 * 400, 413), and an anonymous upload is refused before its bytes are read:
 * - `onRequest` resolves the token and keeps a refusal instead of throwing it, so that the rate
 *   limiter (the plugin appends its own `onRequest` after this one) counts a refused attempt
 *   against the caller's address: made-up tokens cannot buy a fresh limit each;
 * - `preParsing`, which runs after every `onRequest` hook and before the body, throws it.
 */
export function authenticateFirst(deps: AppDeps): { onRequest: onRequestAsyncHookHandler; preParsing: preParsingAsyncHookHandler } {
  return {
    async onRequest(request) {
      try {
        callers.set(request, { device: await requireDevice(deps, request) });
      } catch (refusal) {
        callers.set(request, { refusal });
      }
    },
    async preParsing(request, _reply, payload) {
      const caller = callers.get(request);
      if (caller && 'refusal' in caller) throw caller.refusal;
      return payload;
    },
  };
}

/** The device this request proved to be (null before `authenticateFirst`, on open routes, or when refused). */
export function provenDeviceOf(request: FastifyRequest): DeviceIdentity | null {
  const caller = callers.get(request);
  return caller && 'device' in caller ? caller.device : null;
}

/** The device `authenticateFirst` resolved for this request. */
export function callerOf(request: FastifyRequest): DeviceIdentity {
  const who = provenDeviceOf(request);
  // A route that forgot its hooks must fail loudly, never run as nobody.
  if (!who) throw new Error(`${request.method} ${request.url} has no authenticateFirst hooks`);
  return who;
}

/** Refuses clients speaking an older sync schema (426) or a newer one than this server. */
export function checkSchemaVersion(version: number): void {
  if (version < minClientSchemaVersion) {
    throw new ServiceError('client_outdated', `This server needs sync schema ${minClientSchemaVersion} or later`, {
      serverSchemaVersion: syncSchemaVersion,
    });
  }
  if (version > syncSchemaVersion) {
    throw new ServiceError('invalid_request', `This server speaks sync schema ${syncSchemaVersion}`, {
      serverSchemaVersion: syncSchemaVersion,
    });
  }
}
