// One simulated laptop's HTTP: a keep-alive connection pool of its own, opened from an address of
// its own (127.x.y.z: all of 127/8 is loopback on Linux), so the server sees two hundred laptops,
// as a deployment would, and its per-address enrollment limit and per-device request limit apply to
// each one separately. Answers are asked for compressed as Chromium asks (`br, gzip`), and pull
// pages with their clocks grouped, as the app asks.
import { Agent, request, type IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { brotliDecompress, gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { readPokes } from '../../renderer/features/sync/eventStream';
import { answersGroupedClocks, groupedClocksMediaType, ungroupPullResponse, type PullRequest, type PullResponse } from '../../shared/sync/wire';

const inflate = { br: promisify(brotliDecompress), gzip: promisify(gunzip) };
/** A request still unanswered after this counts as a `timeout` error. */
const requestTimeoutMs = 30_000;

/** A refusal or failure, named by its kind so the report can count them (`http 429 rate_limited`, `network ECONNRESET`). */
export class LoadError extends Error {
  constructor(readonly kind: string) {
    super(kind);
  }
}

export interface DeviceHttp {
  /** Sends JSON, returns the parsed JSON answer; throws `LoadError` on anything but 2xx. */
  postJson<T>(path: string, body: unknown, token?: string): Promise<T>;
  /** A pull page, its clocks asked for grouped as the app asks (renderer/features/sync/syncClient.ts). */
  pull(body: PullRequest, token: string): Promise<PullResponse>;
  /** Listens to `GET /v1/sync/events` until the stream ends or `signal` aborts. */
  events(token: string, onPoke: (version: number) => void, signal: AbortSignal): Promise<void>;
  close(): void;
}

/** The address of the `index`-th laptop: 127.1.0.1, 127.1.0.2, … (250 per third byte). */
export const deviceAddress = (index: number) => `127.1.${Math.floor(index / 250)}.${(index % 250) + 1}`;

export function deviceHttp(baseUrl: string, localAddress: string): DeviceHttp {
  const agent = new Agent({ keepAlive: true, localAddress });
  const { hostname, port } = new URL(baseUrl);

  function send(method: 'GET' | 'POST', path: string, headers: Record<string, string>, body?: string) {
    return new Promise<IncomingMessage>((resolve, reject) => {
      const req = request({ agent, hostname, port, method, path, headers, timeout: requestTimeoutMs }, resolve);
      req.on('timeout', () => req.destroy(new LoadError('timeout')));
      req.on('error', (error: NodeJS.ErrnoException) => reject(error instanceof LoadError ? error : new LoadError(`network ${error.code ?? error.message}`)));
      req.end(body);
    });
  }

  async function post(path: string, body: unknown, token?: string, accept?: string): Promise<{ json: unknown; contentType: string }> {
    const text = JSON.stringify(body);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
      'accept-encoding': 'br, gzip',
    };
    if (token) headers.authorization = `Bearer ${token}`;
    if (accept) headers.accept = accept;
    const res = await send('POST', path, headers, text);
    const raw = await readBody(res);
    const encoding = res.headers['content-encoding'];
    const bytes = encoding === 'br' || encoding === 'gzip' ? await inflate[encoding](raw) : raw;
    const status = res.statusCode ?? 0;
    if (status < 200 || status > 299) throw new LoadError(`http ${status} ${errorCode(bytes)}`);
    return { json: JSON.parse(bytes.toString('utf8')) as unknown, contentType: res.headers['content-type'] ?? '' };
  }

  return {
    async postJson<T>(path: string, body: unknown, token?: string) {
      return (await post(path, body, token)).json as T;
    },
    async pull(body, token) {
      const { json, contentType } = await post('/v1/sync/pull', body, token, groupedClocksMediaType);
      // Not validated, as no answer here is: the laptops' CPU is the server's too on this machine.
      return answersGroupedClocks(contentType) ? ungroupPullResponse(json as Parameters<typeof ungroupPullResponse>[0]) : (json as PullResponse);
    },
    async events(token, onPoke, signal) {
      const res = await send('GET', '/v1/sync/events', { authorization: `Bearer ${token}`, accept: 'text/event-stream' });
      if (res.statusCode !== 200) {
        throw new LoadError(`http ${res.statusCode} ${errorCode(await readBody(res))}`);
      }
      const stop = () => res.destroy();
      signal.addEventListener('abort', stop);
      try {
        await readPokes(Readable.toWeb(res) as ReadableStream<Uint8Array>, onPoke);
      } catch (error) {
        if (!signal.aborted) throw new LoadError(`events ${(error as NodeJS.ErrnoException).code ?? 'stream failed'}`);
      } finally {
        signal.removeEventListener('abort', stop);
      }
    },
    close: () => agent.destroy(),
  };
}

async function readBody(res: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of res) chunks.push(chunk as Buffer);
  } catch (error) {
    throw new LoadError(`network ${(error as NodeJS.ErrnoException).code ?? 'body cut'}`);
  }
  return Buffer.concat(chunks);
}

/** The contract's error code of a refusal (`{error:{code}}`), or `unshaped` when the body is not that. */
function errorCode(body: Buffer): string {
  try {
    const code = (JSON.parse(body.toString('utf8')) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : 'unshaped';
  } catch {
    return 'unshaped';
  }
}
