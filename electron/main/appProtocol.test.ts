import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }));
vi.mock('electron', () => electron);

const { appEntryUrl, buildCsp, reactAriaStyleHash, registerAppSchemePrivileges, resolveAppUrl } = await import('./appProtocol');

const root = path.resolve('/opt/attache/out/renderer');

describe('resolveAppUrl', () => {
  it.each([
    ['app://attache/', 'index.html'],
    ['app://attache', 'index.html'],
    [appEntryUrl, 'index.html'],
    ['app://attache/assets/index-Bx9.js', 'assets/index-Bx9.js'],
    ['app://attache/assets/index.css?v=3#top', 'assets/index.css'],
    ['app://attache/fonts/noto%20sans.woff2', 'fonts/noto sans.woff2'],
  ])('serves %s from %s', (url, file) => {
    expect(resolveAppUrl(url, root)).toBe(path.join(root, file));
  });

  it.each([
    'app://attache/../secret.txt',
    'app://attache/assets/../../secret.txt',
    'app://attache/%2e%2e/secret.txt',
    'app://attache/%2E%2E/%2e%2e/etc/passwd',
    'app://attache/.%2e/secret.txt',
    'app://attache/assets%2f..%2f..%2fsecret.txt',
    'app://attache/%252e%252e/secret.txt',
    'app://attache/..%5csecret.txt',
    'app://attache/..\\secret.txt',
    'app://attache/assets\\index.js',
    'app://attache//etc/passwd',
    'app://attache/%2fetc/passwd',
    'app://attache/C:/Windows/win.ini',
    'app://attache/x%00.html',
    'app://attache/./index.html',
    'app://attache/%E0%A4%A',
  ])('refuses the traversal attempt %s', (url) => {
    expect(resolveAppUrl(url, root)).toBeNull();
  });

  it.each([
    'app://evil/index.html',
    'app://attache.evil.example/index.html',
    'app://user:pw@attache/index.html',
    'app://attache:8080/index.html',
    'https://attache/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s, which is not the app origin', (url) => {
    expect(resolveAppUrl(url, root)).toBeNull();
  });
});

describe('buildCsp', () => {
  it('allows the same injected style as the web host, so both hosts render alike', async () => {
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    expect(html).toContain(reactAriaStyleHash);
  });

  const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d] as const));

  const configured = { syncServerOrigin: 'https://sync.customs.example' };

  it('allows only the app itself, with no inline script or style, plugins, framing or form posts', () => {
    for (const options of [configured, { syncServerOrigin: null }]) {
      const csp = directives(buildCsp(options));
      expect(csp.get('default-src')).toBe("default-src 'self'");
      expect(csp.get('script-src')).toBe("script-src 'self'");
      expect(csp.get('style-src')).toBe(`style-src 'self' '${reactAriaStyleHash}'`);
      expect(csp.get('img-src')).toBe("img-src 'self' data: blob:");
      expect(csp.get('font-src')).toBe("font-src 'self'");
      expect(csp.get('object-src')).toBe("object-src 'none'");
      expect(csp.get('base-uri')).toBe("base-uri 'none'");
      expect(csp.get('frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(csp.get('form-action')).toBe("form-action 'none'");
      expect(buildCsp(options)).not.toMatch(/unsafe/);
    }
    expect(buildCsp(configured)).not.toMatch(/\*/);
  });

  it('lets the page reach any https server or loopback until a sync server is configured, so it can enroll', () => {
    const csp = directives(buildCsp({ syncServerOrigin: null }));
    expect(csp.get('connect-src')).toBe("connect-src 'self' https: http://127.0.0.1:* http://localhost:*");
  });

  it('once one is configured, adds the sync server origin, and only its origin, to connect-src', () => {
    const csp = directives(buildCsp({ syncServerOrigin: 'https://sync.customs.example:8443/api/v1?x=1' }));
    expect(csp.get('connect-src')).toBe("connect-src 'self' https://sync.customs.example:8443");
    expect(csp.get('script-src')).toBe("script-src 'self'");
    expect(directives(buildCsp({ syncServerOrigin: 'http://127.0.0.1:4000' })).get('connect-src')).toBe(
      "connect-src 'self' http://127.0.0.1:4000",
    );
    expect(buildCsp(configured)).not.toContain('https: ');
  });

  it.each(['http://sync.customs.example', "https://x.example; script-src 'unsafe-inline'", 'ws://x', 'sync.example', 'https://u:p@x.example'])(
    'refuses the sync server origin %j instead of writing a weaker policy',
    (syncServerOrigin) => {
      expect(() => buildCsp({ syncServerOrigin })).toThrow(TypeError);
    },
  );
});

it('registers app: as a standard, secure scheme that supports fetch and does not bypass CSP', () => {
  registerAppSchemePrivileges();
  expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
});
