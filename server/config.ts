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
  };
}
