/**
 * Sends fuzz requests through the app (Fastify's `inject`: the whole app, hooks, parsers, router
 * and error handler, without a socket) and holds every answer to what the contract promises:
 * - never a 5xx, and no stack trace, file path or error class in any answer;
 * - every refusal is `{ error: { code, message } }` with a code the contract lists and the status
 *   that code travels with, and it is the status and code `expectedAnswer` works out;
 * - every accepted answer has the contract's shape, and a replayed push gets its first answers;
 * - nothing the foreign workspace holds in any answer to anyone else;
 * - the database and the blob folder exactly as they were after every refused (or read-only)
 *   request, and the foreign workspace's data as it was after every request of anyone else. Digests are taken lazily: before a request that may change data, at the end of a
 *   sequence, and after a change — so a sequence of refusals costs one digest, not one each.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import { auditEventsResponseSchema } from '../../shared/sync/auditWire';
import { enrollResponseSchema, errorBodySchema, errorStatus, healthResponseSchema, pullResponseSchema, pushResponseSchema } from '../../shared/sync/wire';
import type { z } from 'zod';
import { databaseDigest, folderDigest } from '../testing/dbDigest';
import type { Endpoint, Expectation } from './contractOracle';
import { endpoints, expectedAnswer } from './contractOracle';
import type { FuzzRequest } from './fuzzRequests';
import type { FuzzWorld } from './fuzzWorld';
import { foreignDigest, learnFrom } from './fuzzWorld';

/** What an answer must never show: stack frames, source paths, error class names. */
const leakPattern = /\n\s+at |\bat [^\s]+ \(|[\w/\\.-]+\.(?:ts|js|mjs|cjs):\d+|node_modules|\/work\/|file:\/\/|\b(?:Type|Range|Syntax|Reference)?Error:|FST_ERR|ERR_[A-Z_]{4,}/;

const listedStatuses = new Set<number>(Object.values(errorStatus));

const successSchemas: Partial<Record<Endpoint, z.ZodType>> = {
  health: healthResponseSchema,
  enroll: enrollResponseSchema,
  push: pushResponseSchema,
  pull: pullResponseSchema,
  auditEvents: auditEventsResponseSchema,
};

export class FuzzFailure extends Error {
  override name = 'FuzzFailure';
}

/** A request as a counterexample line: method, URL, what was done to it, and the start of its body. */
export function describe(request: FuzzRequest): string {
  const payload = request.payload === undefined ? '' : typeof request.payload === 'string' ? request.payload : `<${request.payload.length} bytes>`;
  const shown = payload.length > 300 ? `${payload.slice(0, 300)}… (${payload.length} characters)` : payload;
  return `${request.method} ${request.url.slice(0, 120)} [${request.label}] ${JSON.stringify(request.headers)} ${JSON.stringify(shown)}`;
}

export class FuzzHarness {
  /** Requests sent, per endpoint. */
  readonly sent = new Map<Endpoint, number>(endpoints.map((e) => [e, 0]));
  /** Answers per status, over the whole run. */
  readonly statuses = new Map<number, number>();
  digests = 0;
  /** Time spent taking digests: it grows with the data, and is most of a long stateful run's time. */
  digestMs = 0;
  private baseline: string | null = null;
  /** `foreignDigest` as last taken; null once the foreign device itself changed data. */
  private foreignBaseline: string | null = null;
  /** Refused or read-only requests sent since the digest was last compared. */
  private unchecked: string[] = [];

  constructor(private readonly world: FuzzWorld) {}

  get total(): number {
    return [...this.sent.values()].reduce((a, b) => a + b, 0);
  }

  private async digest(): Promise<string> {
    this.digests += 1;
    const start = performance.now();
    const [db, files] = await Promise.all([databaseDigest(this.world.server.sql), folderDigest(this.world.blobRoot)]);
    this.digestMs += performance.now() - start;
    return `${db}/${files}`;
  }

  /** Compares the data with the baseline: every request since must have left it alone. */
  async checkUnchanged(): Promise<void> {
    if (this.unchecked.length === 0) return;
    const now = await this.digest();
    if (now !== this.baseline) {
      const culprits = this.unchecked.join('\n  ');
      this.baseline = now;
      this.unchecked = [];
      throw new FuzzFailure(`The database or the blob folder changed under requests that must change nothing:\n  ${culprits}`);
    }
    this.unchecked = [];
  }

  /** Changes data outside the wire (an administrator revokes a device): checked before, a new baseline after. */
  async outOfBand(change: () => Promise<void>): Promise<void> {
    await this.checkUnchanged();
    await change();
    this.baseline = null;
  }

  /** Sends `request` and checks its answer; returns the answer and what was expected of it. */
  async send(request: FuzzRequest, expectation: Expectation = expectedAnswer(this.world, request)): Promise<{ response: LightMyRequestResponse; expectation: Expectation }> {
    if (!expectation.readOnly) await this.checkUnchanged();
    else if (this.baseline === null) this.baseline = await this.digest();
    // A change by anyone but the foreign device must leave the foreign workspace as it was.
    const foreign = expectation.actor?.workspaceId === this.world.actors.foreign.workspaceId;
    const foreignBefore = expectation.readOnly || foreign ? null : (this.foreignBaseline ??= await foreignDigest(this.world));
    // An open event stream never ends: read its first frame, then hang up (the server sees the close).
    const stream = expectation.endpoint === 'events' && expectation.statuses.includes(200) ? new AbortController() : null;
    const response = await this.world.server.app.inject({
      method: request.method,
      url: request.url,
      headers: request.headers,
      ...(request.payload !== undefined ? { payload: request.payload } : {}),
      ...(stream ? { payloadAsStream: true, signal: stream.signal } : {}),
    });
    this.sent.set(expectation.endpoint, (this.sent.get(expectation.endpoint) ?? 0) + 1);
    this.statuses.set(response.statusCode, (this.statuses.get(response.statusCode) ?? 0) + 1);
    let body: string;
    if (stream) {
      if (request.method === 'HEAD') body = '';
      else if (response.statusCode === 200) body = await firstChunk(response.stream());
      else body = Buffer.concat(await response.stream().toArray()).toString('utf8');
      stream.abort();
    } else {
      body = response.body;
    }
    try {
      this.checkAnswer(request, expectation, response, body);
    } catch (error) {
      if (error instanceof FuzzFailure) error.message = `${error.message}\n  request: ${describe(request)}\n  answer: ${response.statusCode} ${body.slice(0, 500)}`;
      throw error;
    }
    if (expectation.readOnly) {
      this.unchecked.push(describe(request));
    } else {
      this.baseline = null;
      if (response.statusCode < 300) learnFrom(this.world, expectation.endpoint, expectation.actor, request, safeJson(body));
      if (foreignBefore !== null) {
        const after = await foreignDigest(this.world);
        if (after !== foreignBefore) throw new FuzzFailure(`A request of another workspace changed the foreign workspace's data\n  request: ${describe(request)}\n  answer: ${response.statusCode} ${body.slice(0, 500)}`);
        this.foreignBaseline = after;
      } else {
        this.foreignBaseline = null;
      }
    }
    return { response, expectation };
  }

  private checkAnswer(request: FuzzRequest, expectation: Expectation, response: LightMyRequestResponse, body: string): void {
    const status = response.statusCode;
    if (status >= 500) throw new FuzzFailure(`Answered ${status}`);
    if (leakPattern.test(body) && !(status < 300 && (expectation.endpoint === 'pull' || expectation.endpoint === 'blobGet'))) {
      throw new FuzzFailure(`The answer shows internals (${leakPattern.exec(body)?.[0]})`);
    }
    // Blobs are content-addressed: a home device may upload the foreign attachment's very bytes
    // (it has them), and its workspace then holds that blob as its own and is served it back. The
    // oracle expects 200 only then (`heldBlobs`, learnt from that upload's answer), so a blob
    // served to a workspace that never uploaded it still fails, on its status.
    const ownUpload = expectation.endpoint === 'blobGet' && expectation.statuses.includes(200);
    if (expectation.actor?.workspaceId !== this.world.actors.foreign.workspaceId && !ownUpload && body.includes(this.world.marker)) {
      throw new FuzzFailure('The answer holds the foreign workspace’s data');
    }
    if (!expectation.statuses.includes(status)) throw new FuzzFailure(`Expected ${expectation.statuses.join(' or ')}${expectation.code ? ` ${expectation.code}` : ''}, got ${status}`);
    if (status >= 300) {
      if (!listedStatuses.has(status)) throw new FuzzFailure(`${status} is not a status of the contract`);
      // A HEAD answer has no body to check; its GET twin is checked.
      if (request.method === 'HEAD') return;
      if (!/^application\/json/.test(String(response.headers['content-type']))) throw new FuzzFailure(`A refusal sent as ${String(response.headers['content-type'])}`);
      const parsed = errorBodySchema.safeParse(safeJson(body));
      if (!parsed.success) throw new FuzzFailure('A refusal not in the contract’s error shape');
      const { code } = parsed.data.error;
      if (errorStatus[code] !== status) throw new FuzzFailure(`${code} travels with ${errorStatus[code]}, not ${status}`);
      if (expectation.code && code !== expectation.code) throw new FuzzFailure(`Expected ${expectation.code}, got ${code}`);
      return;
    }
    this.checkAccepted(request, expectation, response, body);
  }

  private checkAccepted(request: FuzzRequest, expectation: Expectation, response: LightMyRequestResponse, body: string): void {
    const { endpoint } = expectation;
    if (request.method === 'HEAD' || response.statusCode === 204) {
      if (body !== '') throw new FuzzFailure('A body on a HEAD or 204 answer');
      return;
    }
    const schema = successSchemas[endpoint];
    if (schema) {
      const parsed = schema.safeParse(safeJson(body));
      if (!parsed.success) throw new FuzzFailure(`A ${endpoint} answer not in the contract's shape: ${parsed.error.message.slice(0, 300)}`);
      if (endpoint === 'push' && expectation.replayed) {
        const { results } = parsed.data as z.infer<typeof pushResponseSchema>;
        if (JSON.stringify(results) !== JSON.stringify(expectation.replayed) && !sameResults(results, expectation.replayed)) {
          throw new FuzzFailure(`A replay answered ${JSON.stringify(results)}, not its first answers ${JSON.stringify(expectation.replayed)}`);
        }
      }
      return;
    }
    if (endpoint === 'events') {
      if (!String(response.headers['content-type']).startsWith('text/event-stream') || !/^retry: \d+\n\nevent: poke\ndata: \{"version":\d+\}\n\n/.test(body)) {
        throw new FuzzFailure('The event stream did not open with a poke');
      }
      return;
    }
    const hash = (request.url.split('?')[0] ?? '').split('/').at(-1) ?? '';
    if (endpoint === 'blobGet' && createHash('sha256').update(response.rawPayload).digest('hex') !== hash) throw new FuzzFailure('The blob served is not the one asked for');
    if (endpoint === 'blobPut') {
      const size = typeof request.payload === 'string' ? Buffer.byteLength(request.payload) : (request.payload?.length ?? 0);
      if (body !== JSON.stringify({ sha256: hash, size })) throw new FuzzFailure('An upload not answered with its hash and size');
    }
  }

  /** Counts per endpoint and per status, for the run's report. */
  report(seed: number, ms: number, cpuMs: number): string {
    const perEndpoint = [...this.sent].map(([e, n]) => `${e} ${n}`).join(', ');
    const perStatus = [...this.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
    return `fuzz: ${this.total} requests in ${(ms / 1000).toFixed(1)} s (${(cpuMs / 1000).toFixed(1)} s of CPU; seed ${seed}; FUZZ_SEED=${seed} replays it): ${perEndpoint}; answers ${perStatus}; ${this.digests} digests (${(this.digestMs / 1000).toFixed(1)} s)`;
  }
}

function sameResults(a: unknown[], b: unknown[]): boolean {
  const canonical = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([p], [q]) => (p < q ? -1 : 1))) : x));
  return canonical(a) === canonical(b);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The first chunk of an event stream. */
function firstChunk(stream: Readable): Promise<string> {
  // Aborting the request later errors the stream: expected, and not a failure of the answer.
  stream.on('error', () => {});
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new FuzzFailure('The event stream sent nothing within 5 s')), 5000);
    stream.once('data', (chunk: Buffer) => {
      clearTimeout(timer);
      resolve(chunk.toString('utf8'));
    });
  });
}
