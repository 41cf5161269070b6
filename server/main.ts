/**
 * `npm run server`: the composition root. Reads the environment (HOST, PORT, ATTACHE_DATA_DIR,
 * DATABASE_URL, ATTACHE_WEB_ORIGINS, LOG_LEVEL, ATTACHE_RATE_LIMIT, ATTACHE_ENROLL_RATE_LIMIT,
 * ATTACHE_TRUSTED_PROXIES, ATTACHE_WORKERS), opens and migrates storage,
 * starts the HTTP app and, on PGlite, the local admin channel; closes everything on SIGINT/SIGTERM.
 * With ATTACHE_WORKERS above 1 this process supervises that many workers, each of which does all
 * of that on the shared port (workers.ts).
 */
import cluster from 'node:cluster';
import { readFile } from 'node:fs/promises';
import { pino } from 'pino';
import { startAdminChannel } from './admin/channel';
import { buildApp } from './app';
import { readConfig } from './config';
import { pgliteUpkeepDefaults, startPgliteUpkeep } from './db/pgliteUpkeep';
import { loggerOptions, pinoOptions } from './http/logging';
import { exitOnStartupFailure } from './startupFailure';
import { openStorage } from './storage';
import { superviseWorkers } from './workers';

const config = readConfig();
if (config.workers > 1 && cluster.isPrimary) {
  superviseWorkers(config.workers, pino(pinoOptions(config.logLevel)));
} else {
  await serve();
}

async function serve(): Promise<void> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

  // The LISTEN connection may fail before the app (and its logger) exists: report to stderr until then.
  let reportPokeError = (error: unknown): void => {
    process.stderr.write(`poke channel error: ${String(error)}\n`);
  };
  // A data folder that cannot be written, or whose PGlite another process has open, ends the start
  // with one line and a telling exit code (startupFailure.ts), not a stack trace.
  const storage = await openStorage(config, (error) => reportPokeError(error)).catch(exitOnStartupFailure);
  const app = await buildApp(
    {
      sql: storage.sql,
      notifier: storage.notifier,
      blobs: storage.blobs,
      now: Date.now,
      serverVersion: pkg.version,
      webOrigins: config.webOrigins,
      rateLimit: config.rateLimit,
      trustedProxies: config.trustedProxies,
    },
    loggerOptions(config.logLevel),
  );
  const log = app.log;
  reportPokeError = (error) => log.warn({ err: error }, 'poke channel error');
  await app.listen({ host: config.host, port: config.port });
  const admin = config.databaseUrl
    ? null
    : await startAdminChannel(storage.sql, config.dataDir, { blobs: storage.blobs, notifier: storage.notifier });
  // PostgreSQL vacuums and analyses by itself; embedded PGlite has no autovacuum (db/pgliteUpkeep.ts).
  const upkeep = config.databaseUrl
    ? null
    : startPgliteUpkeep(storage.sql, {
        ...pgliteUpkeepDefaults,
        report: (outcome) =>
          'error' in outcome ? log.error({ err: outcome.error }, 'database upkeep (VACUUM ANALYZE) failed') : log.info({ ms: Math.round(outcome.ms) }, 'database upkeep done'),
      });
  log.info(
    { storage: config.databaseUrl ? 'postgresql' : `pglite:${config.dataDir}`, origins: config.webOrigins },
    'attache sync server ready',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await admin?.close();
    await app.close();
    await upkeep?.stop();
    await storage.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
