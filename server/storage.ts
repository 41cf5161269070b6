import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BlobStore } from './blobs/blobStore';
import { createFolderBlobStore } from './blobs/blobStore';
import type { ServerConfig } from './config';
import { migrate } from './db/migrate';
import { openPgliteSql } from './db/pgliteSql';
import { openPgSql } from './db/pgSql';
import type { Sql } from './db/sql';
import type { Notifier } from './notify/notifier';
import { createInProcessNotifier } from './notify/notifier';
import { createPgNotifier } from './notify/pgNotifier';

/** Where PGlite keeps its database inside the data folder. */
export const pgliteDir = (dataDir: string) => join(dataDir, 'pglite');

/** Creates the data folder readable by its owner only (it holds the database and the admin secret). */
export async function ensureDataDir(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
}

/** Opens the configured database (PGlite in the data folder, or DATABASE_URL) and migrates it. */
export async function openDatabase(config: ServerConfig): Promise<Sql> {
  let sql: Sql;
  if (config.databaseUrl) {
    sql = openPgSql(config.databaseUrl);
  } else {
    await ensureDataDir(config.dataDir);
    sql = await openPgliteSql(pgliteDir(config.dataDir));
  }
  await migrate(sql);
  return sql;
}

/** Everything with state the server needs: database, pokes between instances, blob folder. */
export interface Storage {
  sql: Sql;
  notifier: Notifier;
  blobs: BlobStore;
  close(): Promise<void>;
}

export async function openStorage(config: ServerConfig, onError?: (e: unknown) => void): Promise<Storage> {
  const sql = await openDatabase(config);
  const notifier = config.databaseUrl
    ? await createPgNotifier(config.databaseUrl, onError ? { onError } : {})
    : createInProcessNotifier();
  await ensureDataDir(config.dataDir);
  const blobs = createFolderBlobStore(join(config.dataDir, 'blobs'));
  return {
    sql,
    notifier,
    blobs,
    async close() {
      await notifier.close();
      await sql.close();
    },
  };
}
