import { randomBytes } from 'node:crypto';
import { request as httpRequest, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Sql } from '../db/sql';
import { ServiceError } from '../services/errors';
import { sameDigest, sha256Hex } from '../services/secrets';
import { adminCommandSchema, runAdminCommand } from './commands';
import type { AdminCommand, AdminContext } from './commands';

/**
 * The local admin channel. Embedded PGlite allows one process per data folder, so while the
 * server runs the CLI asks it to run commands instead of opening the database: the server listens
 * on a random loopback port and writes `{ port, secret }` to `<dataDir>/admin-channel.json`, a file
 * only its owner can read. Every call must present the secret (compared in constant time).
 */
export const channelFile = (dataDir: string) => join(dataDir, 'admin-channel.json');

type ChannelAnswer = { ok: true; result: Record<string, unknown> } | { ok: false; error: { code: string; message: string; details?: unknown } };

const maxRequestBytes = 64 * 1024;

export async function startAdminChannel(sql: Sql, dataDir: string, context: AdminContext = {}): Promise<{ close(): Promise<void> }> {
  const secret = randomBytes(32).toString('hex');
  const secretHash = sha256Hex(secret);
  const server = createServer((req, res) => {
    const answer = (status: number, body: ChannelAnswer) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const presented = String(req.headers['x-admin-secret'] ?? '');
    if (req.method !== 'POST' || req.url !== '/admin' || !sameDigest(sha256Hex(presented), secretHash)) {
      return answer(401, { ok: false, error: { code: 'unauthenticated', message: 'Admin secret required' } });
    }
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxRequestBytes) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      void (async () => {
        try {
          const parsed = adminCommandSchema.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          if (!parsed.success) throw new ServiceError('invalid_request', 'Not an admin command');
          answer(200, { ok: true, result: await runAdminCommand(sql, parsed.data, context) });
        } catch (error) {
          const e = error instanceof ServiceError ? error : new ServiceError('internal', 'Admin command failed');
          answer(200, { ok: false, error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) } });
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const file = channelFile(dataDir);
  // Removed first: `mode` only applies to a newly created file.
  await rm(file, { force: true });
  await writeFile(file, JSON.stringify({ port, secret, pid: process.pid }), { mode: 0o600 });
  return {
    async close() {
      await rm(file, { force: true });
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Sends a command to the running server. Returns null when no server is running (no channel file,
 * or its port refuses the connection), so the CLI may open the data folder itself.
 * A `ServiceError` answer is re-thrown as one.
 */
export async function callAdminChannel(dataDir: string, command: AdminCommand): Promise<Record<string, unknown> | null> {
  let info: { port: number; secret: string };
  try {
    info = JSON.parse(await readFile(channelFile(dataDir), 'utf8')) as { port: number; secret: string };
  } catch {
    return null;
  }
  const answer = await new Promise<ChannelAnswer | null>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: info.port, path: '/admin', method: 'POST', headers: { 'content-type': 'application/json', 'x-admin-secret': info.secret } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChannelAnswer);
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNREFUSED' ? resolve(null) : reject(error)));
    req.end(JSON.stringify(command));
  });
  if (answer === null) return null;
  if (!answer.ok) throw new ServiceError(answer.error.code as ServiceError['code'], answer.error.message, answer.error.details);
  return answer.result;
}
