// Answers app:// requests from the built renderer folder. Files are read with node:fs, which
// Electron makes asar-aware, so the same code serves out/renderer in development and from
// app.asar when packaged.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { appScheme, resolveAppUrl } from './appProtocol';

const mediaTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export interface AppResponder {
  rootDir: string;
  /**
   * The Content-Security-Policy header value (see `buildCsp`), asked for each response so a
   * change of sync server applies from the next page load on.
   */
  csp(): string;
}

/**
 * The response for one app:// request: the file with its media type and the security headers,
 * 404 for anything `resolveAppUrl` refuses or that does not exist, 405 for methods other than
 * GET/HEAD (the renderer only reads its own bundle).
 */
export async function respondToAppRequest(request: Request, { rootDir, csp }: AppResponder): Promise<Response> {
  const headers = {
    'Content-Security-Policy': csp(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { ...headers, Allow: 'GET, HEAD' } });
  }
  const filePath = resolveAppUrl(request.url, rootDir);
  if (filePath === null) return new Response(null, { status: 404, headers });
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readFile(filePath);
  } catch {
    // Missing file, a directory, unreadable: to the page they are all "not found".
    return new Response(null, { status: 404, headers });
  }
  const contentType = mediaTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: { ...headers, 'Content-Type': contentType, 'Content-Length': String(body.byteLength) },
  });
}

/** Installs the app:// handler; call once, after `app` is ready. */
export function serveAppProtocol(responder: AppResponder): void {
  protocol.handle(appScheme, (request) => respondToAppRequest(request, responder));
}
