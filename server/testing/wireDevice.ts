import type { PulledChange, PullResponse, PushMutation, PushResponse } from '../../shared/sync/wire';
import { syncSchemaVersion } from '../sync/protocol';

/**
 * A device speaking the wire contract over real HTTP to a server process (SYNC-PROTOCOL.md "Wire
 * contract"): no Dexie, no outbox of its own; the process tests drive it step by step.
 */
export interface WireDevice {
  deviceId: string;
  token: string;
  /** The server instance this device talks to (devices of one workspace may use different ones). */
  baseUrl: string;
}

/** Trades an enrollment code for a device token at `baseUrl`. */
export async function enrollOverHttp(baseUrl: string, code: string, deviceName: string): Promise<WireDevice> {
  const response = await fetch(`${baseUrl}/v1/devices/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName }),
  });
  if (response.status !== 200) throw new Error(`enroll answered ${response.status}: ${await response.text()}`);
  const { deviceId, token } = (await response.json()) as { deviceId: string; token: string };
  return { deviceId, token, baseUrl };
}

/** An HTTP answer: the status and the parsed JSON body. Network failures reject (as `fetch` does). */
export interface WireAnswer<T> {
  status: number;
  body: T;
}

async function post<T>(device: WireDevice, path: string, payload: unknown): Promise<WireAnswer<T>> {
  const response = await fetch(`${device.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${device.token}` },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, body: (await response.json()) as T };
}

export const pushOverHttp = (device: WireDevice, mutations: PushMutation[]) =>
  post<PushResponse>(device, '/v1/sync/push', { deviceId: device.deviceId, schemaVersion: syncSchemaVersion, mutations });

/** Every page after `cursor`, in order, as one device's pulls would receive them. */
export async function pullAllOverHttp(device: WireDevice, cursor = 0): Promise<{ changes: PulledChange[]; cursor: number }> {
  const changes: PulledChange[] = [];
  for (;;) {
    const { status, body } = await post<PullResponse>(device, '/v1/sync/pull', {
      deviceId: device.deviceId,
      schemaVersion: syncSchemaVersion,
      cursor,
      limit: 500,
    });
    if (status !== 200) throw new Error(`pull answered ${status}: ${JSON.stringify(body)}`);
    changes.push(...body.changes);
    cursor = body.cursor;
    if (!body.hasMore) return { changes, cursor };
  }
}

/** A device's open `GET /v1/sync/events` stream: the poke versions heard so far. */
export interface PokeStream {
  readonly versions: number[];
  /** Resolves once a poke of at least `version` has been heard; rejects after `timeoutMs`. */
  heard(version: number, timeoutMs?: number): Promise<void>;
  close(): void;
}

/** Opens the device's event stream and resolves once the server's first poke has arrived. */
export async function openPokeStream(device: WireDevice): Promise<PokeStream> {
  const abort = new AbortController();
  const response = await fetch(`${device.baseUrl}/v1/sync/events`, {
    headers: { authorization: `Bearer ${device.token}` },
    signal: abort.signal,
  });
  if (response.status !== 200 || !response.body) throw new Error(`events answered ${response.status}`);
  const versions: number[] = [];
  const waiters = new Set<() => void>();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffered = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffered += value;
        // Server-sent events are separated by a blank line; only `poke` events matter here.
        let end: number;
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          const frame = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const data = /^event: poke\ndata: (.*)$/m.exec(frame)?.[1];
          if (data) versions.push((JSON.parse(data) as { version: number }).version);
        }
        for (const wake of waiters) wake();
      }
    } catch {
      // Aborted by `close`, or the server went away: the versions heard so far stay readable.
    }
  })();
  const stream: PokeStream = {
    versions,
    heard(version, timeoutMs = 15_000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (versions.some((v) => v >= version)) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no poke of version ≥ ${version} within ${timeoutMs} ms (heard ${versions.join(', ')})`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => abort.abort(),
  };
  await new Promise<void>((resolve, reject) => {
    stream.heard(0).then(resolve, reject);
  });
  return stream;
}
