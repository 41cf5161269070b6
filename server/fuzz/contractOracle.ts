/**
 * What SYNC-PROTOCOL.md (and auditWire.ts) say a request must get, worked out from the request
 * alone and the fuzz world's state, independently of the server: the status and error code, and
 * whether the answer may change anything. The fuzz suite holds the server to it, so a request
 * the shared schemas refuse can never be taken, nor a valid one refused.
 *
 * The order of checks is the contract's: the route (404, or 400 for a path that is not a URL),
 * then the token (401, before any byte of the body is read), then the body as HTTP carries it
 * (its media type, its route's size limit: 413, its JSON), then the body against the wire schema
 * (400; too many mutations or events: 413), then what the body asks (403, 409, 426).
 */
import { auditEventsRequestSchema, maxAuditEventsPerRequest } from '../../shared/sync/auditWire';
import type { ErrorCode, PushResult } from '../../shared/sync/wire';
import { enrollRequestSchema, maxMutationsPerPush, pullRequestSchema, pushRequestSchema } from '../../shared/sync/wire';
import { findWireJsonIssue } from '../../shared/sync/wireText';
import { isSha256Hex } from '../blobs/blobStore';
import { bearerToken } from '../services/devices';
import { normalizeEnrollmentCode, sha256Hex } from '../services/secrets';
import { maxAuditEventsBytes, maxBlobBytes, maxBodyDepth, maxPushBytes, maxSmallBodyBytes, syncSchemaVersion } from '../sync/protocol';
import type { Actor, FuzzWorld } from './fuzzWorld';
import { allActors, mutationKey } from './fuzzWorld';
import { passes } from './zodArbitrary';

export type Endpoint = 'health' | 'enroll' | 'push' | 'pull' | 'events' | 'blobPut' | 'blobGet' | 'auditEvents' | 'preflight' | 'unknown';
export const endpoints: readonly Endpoint[] = ['health', 'enroll', 'push', 'pull', 'events', 'blobPut', 'blobGet', 'auditEvents', 'preflight', 'unknown'];

export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'OPTIONS';

export interface WireRequest {
  method: Method;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

export interface Expectation {
  endpoint: Endpoint;
  /** The statuses the contract allows (one, but for a few framework corners). */
  statuses: number[];
  /** The error code of a refusal. */
  code?: ErrorCode;
  /** True when the answer must leave every table and the blob folder as they were. */
  readOnly: boolean;
  /** The caller, once its token is proven. */
  actor?: Actor;
  /** A push of replayed mutations only: the answers they got the first time. */
  replayed?: PushResult[];
}

const refused = (endpoint: Endpoint, code: ErrorCode, status: number, actor?: Actor): Expectation => ({ endpoint, statuses: [status], code, readOnly: true, ...(actor ? { actor } : {}) });

const jsonRoutes = { '/v1/devices/enroll': 'enroll', '/v1/sync/push': 'push', '/v1/sync/pull': 'pull', '/v1/audit-events': 'auditEvents' } as const;
const bodyLimits: Record<'enroll' | 'push' | 'pull' | 'auditEvents' | 'blobPut', number> = {
  enroll: maxSmallBodyBytes,
  pull: maxSmallBodyBytes,
  push: maxPushBytes,
  auditEvents: maxAuditEventsBytes,
  blobPut: maxBlobBytes,
};

/** Which route a method and path reach; `badUrl` when the path cannot be decoded. */
function routeOf(method: Method, path: string): { endpoint: Endpoint; hash?: string; badUrl?: boolean } {
  if (method === 'OPTIONS') return { endpoint: 'preflight' };
  const getLike = method === 'GET' || method === 'HEAD';
  if (path === '/v1/health' && getLike) return { endpoint: 'health' };
  if (path === '/v1/sync/events' && getLike) return { endpoint: 'events' };
  if (method === 'POST' && path in jsonRoutes) return { endpoint: jsonRoutes[path as keyof typeof jsonRoutes] };
  const blob = /^\/v1\/blobs\/([^/]+)$/.exec(path);
  if (blob && (getLike || method === 'PUT')) {
    let hash: string;
    try {
      hash = decodeURIComponent(blob[1] as string);
    } catch {
      return { endpoint: getLike ? 'blobGet' : 'blobPut', badUrl: true };
    }
    // The router refuses a decoded parameter past 100 characters itself, before any hook.
    return { endpoint: getLike ? 'blobGet' : 'blobPut', hash, badUrl: hash.length > 100 };
  }
  return { endpoint: 'unknown', badUrl: /%(?![0-9a-fA-F]{2})/.test(path) };
}

/** Who a request's `Authorization` header proves it is, or why it is refused. */
function callerOf(world: FuzzWorld, headers: Record<string, string>): Actor | { code: 'unauthenticated' | 'device_revoked' } {
  const token = bearerToken(headers.authorization);
  if (token === null) return { code: 'unauthenticated' };
  const actor = allActors(world).find((a) => a.token === token);
  if (!actor) return { code: 'unauthenticated' };
  return actor.revoked ? { code: 'device_revoked' } : actor;
}

type Parsed = { ok: true; body: unknown } | { ok: false; code: ErrorCode };

/** The body as Fastify hands it to a route: by media type, within the route's limit, JSON parsed as secure-json-parse does. */
function parsedBody(request: WireRequest, limit: number, rawBytes: boolean): Parsed {
  const payload = request.payload ?? '';
  const size = typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length;
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  // An empty body declared JSON is refused by the parser, before any route (or role) looks at it.
  if (size === 0 && mediaType === 'application/json') return { ok: false, code: 'invalid_request' };
  if (size === 0 && !(rawBytes && mediaType === 'application/octet-stream')) return { ok: true, body: undefined };
  const known = mediaType === 'application/json' || mediaType === 'text/plain' || (rawBytes && mediaType === 'application/octet-stream');
  if (!known) return { ok: false, code: 'invalid_request' };
  if (size > limit) return { ok: false, code: 'payload_too_large' };
  const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
  if (mediaType === 'application/octet-stream') return { ok: true, body: bytes };
  let text = bytes.toString('utf8');
  if (mediaType === 'text/plain') return { ok: true, body: text };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, code: 'invalid_request' };
  }
  return poisoned(body) ? { ok: false, code: 'invalid_request' } : { ok: true, body };
}

/** An own `__proto__` key, or a `constructor` object with a `prototype`, anywhere (Fastify refuses both). */
function poisoned(value: unknown): boolean {
  const stack = [value];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node !== 'object' || node === null) continue;
    if (Object.hasOwn(node, '__proto__')) return true;
    const ctor = (node as { constructor?: unknown }).constructor;
    if (Object.hasOwn(node, 'constructor') && typeof ctor === 'object' && ctor !== null && Object.hasOwn(ctor, 'prototype')) return true;
    stack.push(...Object.values(node));
  }
  return false;
}

/** `parseBody` of server/http/validate.ts: a body the wire refuses, before the schema or by it. */
function schemaRefuses(schema: Parameters<typeof passes>[0], body: unknown): boolean {
  if (body === undefined || body === null) return true;
  if (findWireJsonIssue(body, maxBodyDepth)) return true;
  return !passes(schema, body);
}

const countOf = (body: unknown, key: string) => {
  const items = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
  return Array.isArray(items) ? items.length : 0;
};

/** What the contract says `request` must get from the server holding `world`. */
export function expectedAnswer(world: FuzzWorld, request: WireRequest): Expectation {
  const path = request.url.split('?')[0] ?? '';
  const route = routeOf(request.method, path);
  const { endpoint } = route;
  if (endpoint === 'preflight') {
    const real = request.headers.origin !== undefined && request.headers['access-control-request-method'] !== undefined;
    return real ? { endpoint, statuses: [204], readOnly: true } : refused(endpoint, 'invalid_request', 400);
  }
  if (route.badUrl) return endpoint === 'unknown' ? { endpoint, statuses: [400, 404], readOnly: true } : refused(endpoint, 'invalid_request', 400);
  if (endpoint === 'unknown') return refused(endpoint, 'not_found', 404);
  if (endpoint === 'health') return { endpoint, statuses: [200], readOnly: true };

  if (endpoint === 'enroll') {
    const parsed = parsedBody(request, bodyLimits.enroll, false);
    if (!parsed.ok) return refused(endpoint, parsed.code, parsed.code === 'payload_too_large' ? 413 : 400);
    if (schemaRefuses(enrollRequestSchema, parsed.body)) return refused(endpoint, 'invalid_request', 400);
    const code = normalizeEnrollmentCode((parsed.body as { code: string }).code);
    const issued = world.codes.find((c) => normalizeEnrollmentCode(c.code) === code);
    // A used, an expired and an unknown code are all 401; a fresh one enrolls a device.
    return issued?.state === 'fresh' ? { endpoint, statuses: [200], readOnly: false } : refused(endpoint, 'unauthenticated', 401);
  }

  const caller = callerOf(world, request.headers);
  if (!('deviceId' in caller)) return refused(endpoint, caller.code, 401);
  const actor = caller;

  if (endpoint === 'events') return { endpoint, statuses: [200], readOnly: true, actor };
  if (endpoint === 'blobGet') {
    const hash = route.hash ?? '';
    if (!isSha256Hex(hash)) return refused(endpoint, 'invalid_request', 400, actor);
    return world.heldBlobs.has(`${actor.workspaceId}/${hash}`) ? { endpoint, statuses: [200], readOnly: true, actor } : refused(endpoint, 'not_found', 404, actor);
  }
  if (endpoint === 'blobPut') {
    const parsed = parsedBody(request, bodyLimits.blobPut, true);
    if (!parsed.ok) return refused(endpoint, parsed.code, parsed.code === 'payload_too_large' ? 413 : 400, actor);
    if (actor.role === 'viewer') return refused(endpoint, 'forbidden', 403, actor);
    const hash = route.hash ?? '';
    if (!isSha256Hex(hash) || !Buffer.isBuffer(parsed.body) || sha256Hex(parsed.body) !== hash) return refused(endpoint, 'invalid_request', 400, actor);
    return { endpoint, statuses: [200], readOnly: world.heldBlobs.has(`${actor.workspaceId}/${hash}`), actor };
  }

  const parsed = parsedBody(request, bodyLimits[endpoint], false);
  if (!parsed.ok) return refused(endpoint, parsed.code, parsed.code === 'payload_too_large' ? 413 : 400, actor);
  const body = parsed.body;
  if (endpoint === 'push' && countOf(body, 'mutations') > maxMutationsPerPush) return refused(endpoint, 'payload_too_large', 413, actor);
  if (endpoint === 'auditEvents' && countOf(body, 'events') > maxAuditEventsPerRequest) return refused(endpoint, 'payload_too_large', 413, actor);
  const schema = { push: pushRequestSchema, pull: pullRequestSchema, auditEvents: auditEventsRequestSchema }[endpoint];
  if (schemaRefuses(schema, body)) return refused(endpoint, 'invalid_request', 400, actor);
  const request_ = body as { deviceId: string; schemaVersion: number };
  if (request_.schemaVersion !== syncSchemaVersion) return refused(endpoint, 'invalid_request', 400, actor);
  if (request_.deviceId !== actor.deviceId) return refused(endpoint, 'forbidden', 403, actor);
  if (endpoint === 'pull') return { endpoint, statuses: [200], readOnly: true, actor };
  if (endpoint === 'auditEvents') {
    const held = world.records.get(actor.workspaceId) ?? new Set();
    const events = (body as { events: { table: string; recordId: string }[] }).events;
    return { endpoint, statuses: [200], readOnly: !events.some((e) => held.has(`${e.table}/${e.recordId}`)), actor };
  }

  // push
  if (actor.role === 'viewer') return refused(endpoint, 'forbidden', 403, actor);
  const ids = (body as { mutations: { mutationId: number }[] }).mutations.map((m) => m.mutationId);
  if (ids.some((id, i) => i > 0 && id !== (ids[i - 1] as number) + 1)) return refused(endpoint, 'mutation_gap', 409, actor);
  const last = world.lastMutationId.get(actor.deviceId) ?? 0;
  if ((ids[0] as number) > last + 1) return refused(endpoint, 'mutation_gap', 409, actor);
  if ((ids.at(-1) as number) <= last) {
    const replayed = ids.map((id) => {
      const { status: _status, ...first } = world.outcomes.get(mutationKey(actor.deviceId, id)) ?? { mutationId: id, status: 'applied' };
      return { ...first, status: 'duplicate' } as PushResult;
    });
    return { endpoint, statuses: [200], readOnly: true, actor, replayed };
  }
  return { endpoint, statuses: [200], readOnly: false, actor };
}
