/**
 * The simulated network between the clients and the one in-process server (`app.inject`, no port).
 * Every request of every client passes here, so faults are injected exactly where a hotel network
 * or a crashing laptop would put them: before the server sees a request, after it applied it, by
 * sending it twice, by holding it back (delivered later, in any order), or by partitioning a client.
 */
import type { FastifyInstance } from 'fastify';
import type { FetchLike } from '../../renderer/features/sync/syncClient';

export type RequestKind = 'push' | 'pull' | 'other';

/**
 * A one-shot fault, consumed by the next request of its kind from the client it is armed on.
 * - `dropRequest`: never reaches the server.
 * - `dropResponse`: the server applies it, the answer is lost.
 * - `duplicate`: sent twice back to back; the client gets the second answer.
 * - `hold`: parked until `deliver` (or heal) releases it: delay and reordering.
 * - `crashBefore` / `crashAfterApplied` / `crashAfterResponse`: the client process dies before
 *   sending, after the server applied the request, or right after receiving the answer (its
 *   storage is closed before the engine can write anything).
 */
export type FaultKind =
  | 'dropRequest'
  | 'dropResponse'
  | 'duplicate'
  | 'hold'
  | 'crashBefore'
  | 'crashAfterApplied'
  | 'crashAfterResponse';

export interface Fault {
  kind: FaultKind;
  on: RequestKind | 'any';
}

/** A request a client sent: replayable later as a late duplicate. */
export interface SentRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** One connection end of one client process (a new one after each restart). */
export interface Endpoint {
  client: number;
  /** Set when this process crashed: its new requests never leave; held ones may still arrive. */
  dead: boolean;
  /** Called when a crash fault fires: closes the process's storage. */
  crash(): void;
  /** Awaited before each request: the engine is between storage operations (step checks). */
  beforeRequest?(): Promise<void>;
}

interface Held {
  endpoint: Endpoint;
  /** `true`: the request goes on to the server; `false`: it is lost. */
  release: (deliver: boolean) => void;
}

export interface NetworkObserver {
  /** Every answer the server gave to a push, delivered to the client or not. */
  onPushAnswer(request: SentRequest, status: number, body: unknown): Promise<void>;
}

const networkError = (why: string) => new TypeError(`fetch failed: ${why}`);

export class SimNetwork {
  private readonly faults = new Map<number, Fault[]>();
  private readonly partitioned = new Set<number>();
  private readonly held: Held[] = [];
  private readonly parkWaiters: (() => void)[] = [];
  /** Push requests that left a client, oldest first (bounded). */
  readonly sentPushes: SentRequest[] = [];
  readonly stats = { requests: 0, faultsFired: 0, replays: 0 };

  constructor(
    private readonly app: FastifyInstance,
    private readonly observer: NetworkObserver,
  ) {}

  arm(client: number, fault: Fault): void {
    const list = this.faults.get(client) ?? [];
    list.push(fault);
    this.faults.set(client, list);
  }

  setPartitioned(client: number, down: boolean): void {
    if (down) this.partitioned.add(client);
    else this.partitioned.delete(client);
  }

  isPartitioned(client: number): boolean {
    return this.partitioned.has(client);
  }

  /** Whether `endpoint` has a request parked here (its sync waits for the network, not for work). */
  isParked(endpoint: Endpoint): boolean {
    return this.held.some((h) => h.endpoint === endpoint);
  }

  /** Resolves at the next request that parks. */
  nextPark(): Promise<void> {
    return new Promise((resolve) => this.parkWaiters.push(resolve));
  }

  /** Releases the held request at `index` (modulo the number held): later ones overtake earlier ones. */
  deliver(index: number): boolean {
    if (this.held.length === 0) return false;
    const [h] = this.held.splice(index % this.held.length, 1);
    h?.release(true);
    return true;
  }

  /** Ends every fault and partition and releases all held requests in order. */
  healAll(): void {
    this.faults.clear();
    this.partitioned.clear();
    while (this.held.length > 0) this.held.shift()?.release(true);
  }

  /** Loses every held request (the end of a run: nothing may reach the server afterwards). */
  discardHeld(): void {
    while (this.held.length > 0) this.held.shift()?.release(false);
  }

  /** Sends a push some client sent earlier once more (a late duplicate delivered by the network). */
  async replay(index: number): Promise<boolean> {
    if (this.sentPushes.length === 0) return false;
    const request = this.sentPushes[index % this.sentPushes.length] as SentRequest;
    this.stats.replays += 1;
    await this.toServer(request);
    return true;
  }

  /** The `fetch` of one client process. */
  fetchFor(endpoint: Endpoint): FetchLike {
    return async (url, init) => {
      await endpoint.beforeRequest?.();
      if (endpoint.dead) throw networkError('the client process is gone');
      const path = new URL(url).pathname;
      const kind: RequestKind = path === '/v1/sync/push' ? 'push' : path === '/v1/sync/pull' ? 'pull' : 'other';
      const request: SentRequest = {
        method: init?.method ?? 'GET',
        path,
        headers: Object.fromEntries(new Headers(init?.headers).entries()),
        body: typeof init?.body === 'string' ? init.body : '',
      };
      if (this.partitioned.has(endpoint.client)) throw networkError('no route to the server');
      const fault = this.take(endpoint.client, kind);
      if (fault) this.stats.faultsFired += 1;
      if (fault?.kind === 'crashBefore') return this.crash(endpoint);
      // From here on the request is on the wire: the network may deliver it again later.
      if (kind === 'push') this.remember(request);
      if (fault?.kind === 'dropRequest') throw networkError('request lost');
      if (fault?.kind === 'hold' && !(await this.park(endpoint))) throw networkError('request lost while held');

      let answer = await this.toServer(request);
      if (fault?.kind === 'duplicate') answer = await this.toServer(request);
      if (fault?.kind === 'dropResponse') throw networkError('connection reset before the answer');
      if (fault?.kind === 'crashAfterApplied') return this.crash(endpoint);
      if (fault?.kind === 'crashAfterResponse') endpoint.crash();
      // The server's Content-Type travels: it says whether a pull page's clocks came grouped.
      return new Response(answer.body, { status: answer.status, headers: { 'content-type': answer.contentType } });
    };
  }

  private take(client: number, kind: RequestKind): Fault | undefined {
    const list = this.faults.get(client);
    const i = list?.findIndex((f) => f.on === 'any' || f.on === kind) ?? -1;
    return i >= 0 ? list?.splice(i, 1)[0] : undefined;
  }

  private remember(request: SentRequest): void {
    this.sentPushes.push(request);
    if (this.sentPushes.length > 32) this.sentPushes.shift();
  }

  private crash(endpoint: Endpoint): never {
    endpoint.crash();
    throw networkError('the client process crashed');
  }

  private park(endpoint: Endpoint): Promise<boolean> {
    return new Promise((release) => {
      this.held.push({ endpoint, release });
      for (const wake of this.parkWaiters.splice(0)) wake();
    });
  }

  private async toServer(request: SentRequest): Promise<{ status: number; body: string; contentType: string }> {
    this.stats.requests += 1;
    const response = await this.app.inject({
      method: request.method as 'GET' | 'POST',
      url: request.path,
      headers: request.headers,
      payload: request.body,
    });
    if (request.path === '/v1/sync/push') {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(response.body);
      } catch {
        // Not JSON: recorded as such; the ledger treats it as no answer.
      }
      await this.observer.onPushAnswer(request, response.statusCode, parsed);
    }
    return { status: response.statusCode, body: response.body, contentType: String(response.headers['content-type'] ?? 'application/json') };
  }
}
