import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() } }));
vi.mock('electron', () => electron);

const { buildCsp } = await import('./appProtocol');
const { respondToAppRequest, serveAppProtocol } = await import('./appResponse');

let workDir: string;
let rootDir: string;
const csp = buildCsp({ syncServerOrigin: 'https://sync.customs.example' });

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'attache-app-'));
  rootDir = path.join(workDir, 'renderer');
  await mkdir(path.join(rootDir, 'assets'), { recursive: true });
  await writeFile(path.join(rootDir, 'index.html'), '<!doctype html><title>Attaché</title>');
  await writeFile(path.join(rootDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(workDir, 'secret.txt'), 'private key');
});
afterAll(() => rm(workDir, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => respondToAppRequest(new Request(url, { method }), { rootDir, csp: () => csp });

describe('app:// responses', () => {
  it('serves the entry page with its media type and the strict CSP header', async () => {
    const response = await get('app://attache/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Attaché</title>');
  });

  it('serves scripts as JavaScript, and HEAD without a body', async () => {
    expect((await get('app://attache/assets/app.js')).headers.get('content-type')).toMatch(/^text\/javascript/);
    const head = await get('app://attache/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 404, with the CSP still on, for a file outside the renderer folder', async () => {
    for (const url of ['app://attache/../secret.txt', 'app://attache/%2e%2e/secret.txt', 'app://attache/..%2fsecret.txt']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(csp);
      expect(await response.text()).not.toContain('private key');
    }
  });

  it('answers 404 for a missing file or a folder, and 405 for writes', async () => {
    expect((await get('app://attache/missing.js')).status).toBe(404);
    expect((await get('app://attache/assets')).status).toBe(404);
    const post = await respondToAppRequest(new Request('app://attache/index.html', { method: 'POST', body: 'x' }), {
      rootDir,
      csp: () => csp,
    });
    expect(post.status).toBe(405);
  });

  it('asks for the policy on every response, so a new sync server applies from the next load', async () => {
    let origin: string | null = null;
    const responder = { rootDir, csp: () => buildCsp({ syncServerOrigin: origin }) };
    const before = await respondToAppRequest(new Request('app://attache/index.html'), responder);
    expect(before.headers.get('content-security-policy')).toContain("connect-src 'self' https: ");
    origin = 'https://sync.customs.example';
    const after = await respondToAppRequest(new Request('app://attache/index.html'), responder);
    expect(after.headers.get('content-security-policy')).toContain("connect-src 'self' https://sync.customs.example;");
  });

  it('installs its handler on the app scheme', async () => {
    serveAppProtocol({ rootDir, csp: () => csp });
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = electron.protocol.handle.mock.calls[0]?.[1] as (r: Request) => Promise<Response>;
    expect((await handler(new Request('app://attache/'))).status).toBe(200);
  });
});
