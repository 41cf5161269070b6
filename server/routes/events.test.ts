import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestServer } from '../testing/testServer';
import { enrollTestDevice, newCaseMutation, startTestServer } from '../testing/testServer';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await server.close();
});

/** Opens the SSE stream and collects the data of each `poke` event. */
function listen(token: string) {
  const pokes: number[] = [];
  let status = 0;
  let contentType = '';
  let allowOrigin = '';
  const waiters: (() => void)[] = [];
  const req = request(`${base}/v1/sync/events`, { headers: { authorization: `Bearer ${token}`, origin: 'app://attache' } }, (res) => {
    status = res.statusCode ?? 0;
    contentType = String(res.headers['content-type']);
    allowOrigin = String(res.headers['access-control-allow-origin']);
    let buffer = '';
    res.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^event: poke\ndata: (.*)$/m.exec(frame);
        if (data) pokes.push((JSON.parse(data[1] as string) as { version: number }).version);
      }
      waiters.splice(0).forEach((w) => w());
    });
  });
  req.end();
  const until = async (count: number) => {
    while (pokes.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  return { pokes, until, close: () => req.destroy(), status: () => status, contentType: () => contentType, allowOrigin: () => allowOrigin };
}

describe('GET /v1/sync/events', () => {
  it('pokes the devices of the workspace with the new version after a push', async () => {
    const a = await enrollTestDevice(server.sql);
    const b = await enrollTestDevice(server.sql, { workspaceId: a.workspaceId });
    const outsider = await enrollTestDevice(server.sql);
    const streamB = listen(b.token);
    const streamOutsider = listen(outsider.token);
    await streamB.until(1);
    await streamOutsider.until(1);
    expect(streamB.status()).toBe(200);
    expect(streamB.contentType()).toMatch(/^text\/event-stream/);
    expect(streamB.allowOrigin()).toBe('app://attache');
    expect(streamB.pokes).toEqual([0]);

    const push = await fetch(`${base}/v1/sync/push`, {
      method: 'POST',
      headers: { ...a.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ deviceId: a.deviceId, schemaVersion: 1, mutations: [newCaseMutation(1, a.deviceId, 1), newCaseMutation(2, a.deviceId, 2)] }),
    });
    expect(push.status).toBe(200);
    await streamB.until(2);
    expect(streamB.pokes).toEqual([0, 2]);
    expect(streamOutsider.pokes).toEqual([0]);
    streamB.close();
    streamOutsider.close();
  });

  it('refuses a stream without a valid token', async () => {
    const response = await fetch(`${base}/v1/sync/events`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
  });
});
