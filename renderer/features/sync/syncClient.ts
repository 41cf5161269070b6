/**
 * Typed HTTP client of the sync wire contract (SYNC-PROTOCOL.md "Wire contract"). Every answer is
 * validated with the shared zod schema; every failure is thrown as a `SyncError`.
 */
import type { z } from 'zod';
import {
  answersGroupedClocks,
  auditEventsResponseSchema,
  enrollResponseSchema,
  errorBodySchema,
  groupedClocksMediaType,
  groupPullResponse,
  groupedPullResponseSchema,
  healthResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  type AuditEventsRequest,
  type AuditEventsResponse,
  type EnrollRequest,
  type EnrollResponse,
  type GroupedPullResponse,
  type PullRequest,
  type PushRequest,
  type PushResponse,
} from '../../../shared/sync';
import { sha256Hex } from '../../security/sha256';
import { readPokes } from './eventStream';
import { SyncError } from './syncError';
import { timed, timedSync, type SyncTimings } from './syncTimings';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface SyncClientOptions {
  /** The server's base URL, e.g. `http://127.0.0.1:8787` (a trailing slash is ignored). */
  baseUrl: string;
  /** The device token; needed by everything except `health` and `enroll`. */
  token?: string;
  fetch?: FetchLike;
  /** Where pulls report their phases (request, download, parse, validate): the bench only. */
  timings?: SyncTimings;
}

export interface SyncClient {
  health(): Promise<z.infer<typeof healthResponseSchema>>;
  enroll(request: EnrollRequest): Promise<EnrollResponse>;
  push(request: PushRequest): Promise<PushResponse>;
  /**
   * A page of changes, each carrying its clocks grouped (shared/sync/clockGroups.ts), as this
   * device stores them, whichever form the server answered in.
   */
  pull(request: PullRequest): Promise<GroupedPullResponse>;
  /** Uploads an attachment's bytes (`PUT /v1/blobs/{sha256}`); the server checks the hash; idempotent. */
  putBlob(sha256: string, bytes: Uint8Array<ArrayBuffer>): Promise<void>;
  /** Downloads an attachment's bytes; bytes that do not match `sha256` are refused (`invalid_response`). */
  getBlob(sha256: string): Promise<Uint8Array<ArrayBuffer>>;
  /** Sends audit events raised on this device (`POST /v1/audit-events`, shared/sync/auditWire.ts). */
  auditEvents(request: AuditEventsRequest): Promise<AuditEventsResponse>;
  /**
   * Opens the `GET /v1/sync/events` stream (with the Authorization header, which EventSource
   * cannot send) and calls `onPoke` with each poke's version. Resolves when the stream ends or
   * `signal` aborts; rejects with a `SyncError` when it cannot be opened.
   */
  events(onPoke: (version: number) => void, signal?: AbortSignal): Promise<void>;
}

export function createSyncClient({ baseUrl, token, fetch: fetchImpl, timings }: SyncClientOptions): SyncClient {
  const base = baseUrl.replace(/\/+$/, '');
  const doFetch: FetchLike = fetchImpl ?? ((input, init) => globalThis.fetch(input, init));

  async function send(path: string, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, { ...init, headers });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new SyncError('network', 0, error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw await toSyncError(response);
    return response;
  }

  /**
   * Sends a request and reads its answer as JSON. `phases`: the sink this call reports to (pulls
   * only: the rest is timed as a whole by the engine).
   */
  async function read(path: string, body: unknown, phases?: SyncTimings, accept?: string): Promise<{ response: Response; raw: unknown }> {
    const headers: Record<string, string> = accept ? { accept } : {};
    const init: RequestInit =
      body === undefined
        ? { method: 'GET', headers }
        : { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) };
    const response = await timed(phases, 'request', () => send(path, init));
    try {
      // What response.json() does, in two steps so the transfer and the parse are told apart.
      const text = await timed(phases, 'download', () => response.text());
      return { response, raw: timedSync(phases, 'parse', () => JSON.parse(text) as unknown) };
    } catch (error) {
      // The connection may drop while the body is read: that is a network failure, not a bad answer.
      throw new SyncError('network', 0, error instanceof Error ? error.message : String(error));
    }
  }

  function validate<S extends z.ZodType>(schema: S, { response, raw }: { response: Response; raw: unknown }, path: string, phases?: SyncTimings): z.infer<S> {
    const parsed = timedSync(phases, 'validate', () => schema.safeParse(raw));
    if (!parsed.success) throw new SyncError('invalid_response', response.status, `Unexpected answer from ${path}`);
    return parsed.data;
  }

  async function json<S extends z.ZodType>(schema: S, path: string, body?: unknown): Promise<z.infer<S>> {
    return validate(schema, await read(path, body), path);
  }

  /**
   * A pull page, asking for its clocks grouped (shared/sync/wire.ts `groupedClocksMediaType`: a
   * first download's pages are then less than half the bytes, and its rows store the groups as
   * they come) and reading either form, so a server that answers the contract's shape is
   * understood as well: its clocks are grouped here.
   */
  async function pull(request: PullRequest): Promise<GroupedPullResponse> {
    const path = '/v1/sync/pull';
    const answer = await read(path, request, timings, `${groupedClocksMediaType}, application/json;q=0.5`);
    if (answersGroupedClocks(answer.response.headers.get('content-type'))) return validate(groupedPullResponseSchema, answer, path, timings);
    const perField = validate(pullResponseSchema, answer, path, timings);
    return timedSync(timings, 'validate', () => groupPullResponse(perField));
  }

  return {
    health: () => json(healthResponseSchema, '/v1/health'),
    enroll: (request) => json(enrollResponseSchema, '/v1/devices/enroll', request),
    push: (request) => json(pushResponseSchema, '/v1/sync/push', request),
    pull,
    async putBlob(sha256, bytes) {
      await send(`/v1/blobs/${sha256}`, { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: bytes });
    },
    async getBlob(sha256) {
      // Not through the HTTP cache, whatever the server says: it keeps bodies on disk in clear.
      const response = await send(`/v1/blobs/${sha256}`, { method: 'GET', cache: 'no-store' });
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        bytes = new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        throw new SyncError('network', 0, error instanceof Error ? error.message : String(error));
      }
      if ((await sha256Hex(bytes)) !== sha256) throw new SyncError('invalid_response', response.status, 'The attachment does not match its hash');
      return bytes;
    },
    auditEvents: (request) => json(auditEventsResponseSchema, '/v1/audit-events', request),
    async events(onPoke, signal) {
      const response = await send('/v1/sync/events', { method: 'GET', headers: { accept: 'text/event-stream' }, signal });
      if (!response.body) throw new SyncError('invalid_response', response.status, 'The event stream has no body');
      try {
        await readPokes(response.body, onPoke);
      } catch (error) {
        if (signal?.aborted) return;
        throw new SyncError('network', 0, error instanceof Error ? error.message : String(error));
      }
    },
  };
}

/** Maps an error answer to a `SyncError`; a body that is not a wire error keeps the HTTP status. */
async function toSyncError(response: Response): Promise<SyncError> {
  let raw: unknown = null;
  try {
    raw = await response.json();
  } catch {
    // Not JSON (a proxy's error page): classified by status below.
  }
  const parsed = errorBodySchema.safeParse(raw);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new SyncError(code, response.status, message, details);
  }
  const code = response.status === 429 ? 'rate_limited' : response.status >= 500 ? 'internal' : 'invalid_response';
  return new SyncError(code, response.status, `HTTP ${response.status}`);
}
