import { describe, expect, it } from 'vitest';
import { readPokes } from './eventStream';
import { createSyncClient, type FetchLike } from './syncClient';
import { isRetryable, SyncError } from './syncError';

const answering = (response: () => Response): FetchLike => async () => response();
const pull = { deviceId: 'd', schemaVersion: 1, cursor: 0 };

describe('sync client', () => {
  it('sends the bearer token and validates the answer', async () => {
    let seen: Headers | undefined;
    const client = createSyncClient({
      baseUrl: 'http://server/',
      token: 'secret',
      fetch: async (url, init) => {
        expect(url).toBe('http://server/v1/sync/pull');
        seen = new Headers(init?.headers);
        return Response.json({ changes: [], cursor: 0, hasMore: false, lastMutationId: 0 });
      },
    });
    expect(await client.pull(pull)).toEqual({ changes: [], cursor: 0, hasMore: false, lastMutationId: 0 });
    expect(seen?.get('authorization')).toBe('Bearer secret');
  });

  it('asks for grouped clocks and reads them, or the per-field answer of a server that does not group them', async () => {
    const hlc = '001767225600000-00000-dev-1';
    const change = { table: 'cases', id: 'c1', version: 4, deleted: false, fields: { title: 'x', status: 'open' } };
    const perField = { changes: [{ ...change, fieldMeta: { title: { v: 4, hlc }, status: { v: 4, hlc } } }], cursor: 4, hasMore: false, lastMutationId: 0 };
    const groupedType = { 'content-type': 'application/vnd.attache.grouped-clocks+json; charset=utf-8' };
    // Read as this device stores them: one clock for the whole record, its fields not named.
    const grouped = { ...perField, changes: [{ ...change, clocks: [{ v: 4, hlc }] }] };
    let accept: string | null = null;
    const client = createSyncClient({
      baseUrl: 'http://server',
      fetch: async (_url, init) => {
        accept = new Headers(init?.headers).get('accept');
        return Response.json(grouped, { headers: groupedType });
      },
    });
    expect(await client.pull(pull)).toEqual(grouped);
    expect(accept).toBe('application/vnd.attache.grouped-clocks+json, application/json;q=0.5');

    expect(await createSyncClient({ baseUrl: 'http://s', fetch: answering(() => Response.json(perField)) }).pull(pull)).toEqual(grouped);
    // A record whose fields have clocks of their own keeps them, named.
    const edited = { ...perField, changes: [{ ...change, fieldMeta: { title: { v: 5, hlc }, status: { v: 4, hlc } } }] };
    expect((await createSyncClient({ baseUrl: 'http://s', fetch: answering(() => Response.json(edited)) }).pull(pull)).changes[0]?.clocks).toEqual([
      { v: 5, hlc, fields: ['title'] },
      { v: 4, hlc, fields: ['status'] },
    ]);
    // Each form is checked as what its Content-Type says it is.
    for (const [body, headers] of [[grouped, {}], [perField, groupedType]] as const) {
      const error = await createSyncClient({ baseUrl: 'http://s', fetch: answering(() => Response.json(body, { headers })) }).pull(pull).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'invalid_response' });
    }
  });

  it('maps error bodies, bare statuses, bad answers and network failures to SyncError', async () => {
    const cases: [FetchLike, Partial<SyncError>, boolean][] = [
      [answering(() => Response.json({ error: { code: 'mutation_gap', message: 'gap' } }, { status: 409 })), { code: 'mutation_gap', status: 409, message: 'gap' }, false],
      [answering(() => Response.json({ error: { code: 'device_revoked', message: 'revoked' } }, { status: 401 })), { code: 'device_revoked', status: 401 }, false],
      [answering(() => new Response('<html>Bad gateway</html>', { status: 502 })), { code: 'internal', status: 502 }, true],
      [answering(() => new Response('slow down', { status: 429 })), { code: 'rate_limited', status: 429 }, true],
      [answering(() => Response.json({ changes: 'nope' })), { code: 'invalid_response', status: 200 }, false],
      [async () => { throw new TypeError('fetch failed'); }, { code: 'network', status: 0 }, true],
    ];
    for (const [fetch, expected, retryable] of cases) {
      const error = await createSyncClient({ baseUrl: 'http://s', fetch }).pull(pull).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SyncError);
      expect(error).toMatchObject(expected);
      expect(isRetryable(error)).toBe(retryable);
    }
  });
});

describe('readPokes', () => {
  it('reads poke versions split across chunks, ignoring comments and other events', async () => {
    const text = 'retry: 3000\n\nevent: poke\ndata: {"version": 3}\n\n: keep-alive\n\nevent: other\ndata: {"version": 9}\n\nevent: poke\r\ndata: {"version":4}\r\n\r\n';
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7));
        controller.close();
      },
    });
    const versions: number[] = [];
    await readPokes(body, (v) => versions.push(v));
    expect(versions).toEqual([3, 4]);
  });
});
