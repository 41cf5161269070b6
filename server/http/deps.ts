import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
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
  /** Requests per window per device (or per IP without a token); false turns the limit off. */
  rateLimit: { max: number; timeWindowMs: number } | false;
}

/** Resolves the bearer token of a request to its device (401 `unauthenticated` / `device_revoked`). */
export function requireDevice(deps: AppDeps, request: FastifyRequest): Promise<DeviceIdentity> {
  return authenticate(deps.sql, bearerToken(request.headers.authorization));
}

const callers = new WeakMap<FastifyRequest, DeviceIdentity>();

/**
 * The `onRequest` hook of every authenticated route. It runs before Fastify reads the body, so a
 * caller without a valid token learns only that (401), never how its body would have been parsed
 * (415, 400, 413), and an anonymous upload is refused before its bytes are read.
 */
export function authenticateFirst(deps: AppDeps): onRequestAsyncHookHandler {
  return async (request) => {
    callers.set(request, await requireDevice(deps, request));
  };
}

/** The device `authenticateFirst` resolved for this request. */
export function callerOf(request: FastifyRequest): DeviceIdentity {
  const who = callers.get(request);
  // A route that forgot its hook must fail loudly, never run as nobody.
  if (!who) throw new Error(`${request.method} ${request.url} has no authenticateFirst hook`);
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
