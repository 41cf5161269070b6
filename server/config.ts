import { isIP } from 'node:net';
import { resolve } from 'node:path';

/** Server settings from the environment (SYNC-PROTOCOL.md "Wire contract", server defaults). */
export interface ServerConfig {
  host: string;
  port: number;
  /** Data folder: PGlite's database, the blob folder and the admin channel file. */
  dataDir: string;
  /** When set, storage is this PostgreSQL instead of PGlite. */
  databaseUrl: string | null;
  /** Browser origins allowed besides `app://attache`. */
  webOrigins: string[];
  logLevel: string;
  /** `enrollMax` only when ATTACHE_ENROLL_RATE_LIMIT sets it: the route keeps the default. */
  rateLimit: { max: number; timeWindowMs: number; enrollMax?: number };
  /**
   * Addresses (or CIDR ranges) of reverse proxies whose `X-Forwarded-For` names the device's own
   * address: the per-address limits then count each device apart. None by default.
   */
  trustedProxies: string[];
  /**
   * Processes serving the port (ATTACHE_WORKERS, default 1): one Node process runs its JavaScript
   * on one core. Above 1 needs PostgreSQL, since PGlite is one process (server/workers.ts).
   */
  workers: number;
}

export const defaultWebOrigin = 'http://127.0.0.1:4173';

/** Reads the configuration; throws on a malformed PORT or rate limit rather than guessing. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, got ${env.PORT}`);
  const max = Number(env.ATTACHE_RATE_LIMIT ?? 1200);
  if (!Number.isInteger(max) || max < 1) throw new Error(`ATTACHE_RATE_LIMIT must be a positive integer`);
  // Enrollment codes are guessed one attempt at a time: keep this low in deployments. Only a test
  // bench where every device enrolls from one address has a reason to raise it.
  const enrollMax = env.ATTACHE_ENROLL_RATE_LIMIT === undefined ? undefined : Number(env.ATTACHE_ENROLL_RATE_LIMIT);
  if (enrollMax !== undefined && (!Number.isInteger(enrollMax) || enrollMax < 1)) throw new Error(`ATTACHE_ENROLL_RATE_LIMIT must be a positive integer`);
  const workers = Number(env.ATTACHE_WORKERS ?? 1);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new Error(`ATTACHE_WORKERS must be a whole number from 1 to 64, got ${env.ATTACHE_WORKERS}`);
  if (workers > 1 && !env.DATABASE_URL) {
    throw new Error('ATTACHE_WORKERS above 1 needs DATABASE_URL: embedded PGlite is one process, so the workers would have no database to share');
  }
  const origins = (env.ATTACHE_WEB_ORIGINS ?? defaultWebOrigin)
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    dataDir: resolve(env.ATTACHE_DATA_DIR ?? './.attache-server'),
    databaseUrl: env.DATABASE_URL ? env.DATABASE_URL : null,
    webOrigins: origins,
    logLevel: env.LOG_LEVEL ?? 'info',
    rateLimit: { max, timeWindowMs: 60_000, enrollMax },
    trustedProxies: parseTrustedProxies(env.ATTACHE_TRUSTED_PROXIES ?? ''),
    workers,
  };
}

/** `10.0.0.5, 10.1.0.0/16, ::1`: IP addresses and CIDR ranges, comma-separated. */
export function parseTrustedProxies(list: string): string[] {
  const entries = list
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
    if (family === 0 || !prefixOk || rest.length > 0) {
      throw new Error(`ATTACHE_TRUSTED_PROXIES must list IP addresses or CIDR ranges, comma-separated; "${entry}" is neither`);
    }
  }
  return entries;
}
