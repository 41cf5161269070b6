// A loopback static file server for the benchmarks: the app bundle at `/` and the benchmark pages
// at `/bench/`, on ONE origin, so a benchmark page can seed the same IndexedDB the app then opens.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface Mount {
  prefix: string;
  dir: string;
}

/** Serves each mount's folder under its URL prefix (longest prefix first); never outside it. */
export async function startStaticServer(mounts: Mount[]): Promise<{ server: Server; origin: string }> {
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = ordered.find((m) => path.startsWith(m.prefix));
    const relative = mount ? normalize(path.slice(mount.prefix.length) || 'index.html') : '';
    if (!mount || relative.startsWith('..') || relative.includes(`${sep}..`)) {
      res.writeHead(404).end();
      return;
    }
    const file = join(mount.dir, relative.endsWith(sep) ? `${relative}index.html` : relative);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': mimeTypes[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
