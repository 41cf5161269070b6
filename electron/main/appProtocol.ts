// The renderer is served from app://attache/ rather than file://, so it has a real origin
// (IndexedDB and the IPC sender check need one), a CSP sent as a header, and no reach beyond
// out/renderer. Only the pure parts live here; the response is built in appResponse.ts.
import path from 'node:path';
import { protocol } from 'electron';

export const appScheme = 'app';
export const appHost = 'attache';
/** The origin every trusted page and IPC sender has. */
export const appOrigin = `${appScheme}://${appHost}`;
/** Where the main window starts. */
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * Must run before `app` is ready (Electron only accepts privileges then). `standard` gives the
 * scheme origins, relative URLs and storage; `secure` makes it a secure context (crypto.subtle);
 * `supportFetchAPI` lets the page fetch its own bundled files. Nothing bypasses CSP.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Maps an app:// URL to a file under `rootDir`, or `null` when the URL must not be served:
 * another scheme or host, credentials or a port, a `.`/`..` segment however it is encoded
 * (`..`, `%2e%2e`, `%2f..`, double encoding), a backslash, a NUL, a drive letter or an empty
 * segment (which would make the rest absolute). The result is always inside `rootDir`;
 * `/` serves index.html.
 */
export function resolveAppUrl(url: string, rootDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null;
  if (parsed.username || parsed.password || parsed.port) return null;

  // The raw path, not `parsed.pathname`: URL parsing quietly resolves `..` and `%2e%2e`, and a
  // request that tried to climb out is refused outright rather than served something else.
  const rawPath = /^[^:]+:\/\/[^/?#]*([^?#]*)/.exec(url)?.[1] ?? '';
  if (/\\|%5c/i.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.slice(1);
  const segments = relative.split('/');
  const unsafe = segments.some(
    (s) => s === '' || s === '.' || s === '..' || /[\0\\:%]/.test(s),
  );
  if (unsafe) return null;

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments);
  // Belt and braces: whatever slipped past the segment checks still has to land inside root.
  return resolved.startsWith(root + path.sep) ? resolved : null;
}

export interface CspOptions {
  /**
   * The configured sync server the renderer may talk to, e.g. `https://sync.customs.example`, or
   * `null` while none is configured (before the first enrollment).
   */
  syncServerOrigin: string | null;
}

/** The hash of react-aria's fixed injected <style>; the same one renderer/index.html allows. */
export const reactAriaStyleHash = 'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o=';

/**
 * Where the page may connect while no sync server is configured: any https server or one on
 * this computer, so the officer can enroll (the same sources as renderer/index.html's policy).
 */
export const unconfiguredConnectSources = ['https:', 'http://127.0.0.1:*', 'http://localhost:*'] as const;

/**
 * The Content-Security-Policy sent with every app:// response. No inline script, no inline style
 * beyond the one fixed <style> react-aria injects (allowed by its hash, as in renderer/index.html), no
 * plugins, no framing, no form posts. The page may connect to itself and, once one is configured,
 * to the sync server's origin only; until then to any https server or loopback, so it can enroll.
 * The origin must be https (http only for loopback, which development servers use); anything
 * else throws, because a malformed policy would be a hole.
 */
export function buildCsp(options: CspOptions): string {
  const connect =
    options.syncServerOrigin === null
      ? ["'self'", ...unconfiguredConnectSources]
      : ["'self'", syncOrigin(options.syncServerOrigin)];
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' '${reactAriaStyleHash}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function syncOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`Sync server origin is not a URL: ${JSON.stringify(value)}`);
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && loopbackHosts.has(url.hostname));
  if (!secure || url.username || url.password) {
    throw new TypeError(`Sync server origin must be https (or http on loopback): ${JSON.stringify(value)}`);
  }
  // `origin` drops any path, query or fragment, so nothing but scheme://host[:port] enters the policy.
  return url.origin;
}
