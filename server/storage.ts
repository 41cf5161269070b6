import { join } from 'node:path';
import type { BlobStore } from './blobs/blobStore';
import { createFolderBlobStore } from './blobs/blobStore';
import type { ServerConfig } from './config';
import { ensureDataDir } from './dataDir';
import { migrate } from './db/migrate';
import { openPgliteSql } from './db/pgliteSql';
import { openPgSql } from './db/pgSql';
import type { Sql } from './db/sql';
import type { Notifier } from './notify/notifier';
import { createInProcessNotifier } from './notify/notifier';
import { createPgNotifier } from './notify/pgNotifier';
import { lockPgliteFolder } from './pgliteLock';

/** Where PGlite keeps its database inside the data folder. */
export const pgliteDir = (dataDir: string) => join(dataDir, 'pglite');

/**
 * Opens the configured database (PGlite in the data folder, or DATABASE_URL) and migrates it.
 * PGlite's folder is locked to this process until `close` (`DataDirInUse` if another has it).
 */
export async function openDatabase(config: ServerConfig): Promise<Sql> {
  let sql: Sql;
  if (config.databaseUrl) {
    sql = openPgSql(config.databaseUrl);
  } else {
    await ensureDataDir(config.dataDir);
    // PGlite itself would let a second process open the folder, and the two would lose each other's writes.
    const release = await lockPgliteFolder(config.dataDir);
    try {
      sql = withRelease(await openPgliteSql(pgliteDir(config.dataDir)), release);
    } catch (error) {
      await release();
      throw error;
    }
  }
  await migrate(sql);
  return sql;
}

/** `sql` whose `close` also gives the data folder's lock back. */
function withRelease(sql: Sql, release: () => Promise<void>): Sql {
  return {
    ...sql,
    async close() {
      await sql.close();
      await release();
    },
  };
}

/** Everything with state the server needs: database, pokes between instances, blob folder. */
export interface Storage {
  sql: Sql;
  notifier: Notifier;
  blobs: BlobStore;
  close(): Promise<void>;
}

/**
 * Opens everything; a data folder that cannot be written fails first, with `DataDirNotWritable`
 * (on PostgreSQL too: the blobs live there).
 */
export async function openStorage(config: ServerConfig, onError?: (e: unknown) => void): Promise<Storage> {
  await ensureDataDir(config.dataDir);
  const sql = await openDatabase(config);
  const notifier = config.databaseUrl
    ? await createPgNotifier(config.databaseUrl, onError ? { onError } : {})
    : createInProcessNotifier();
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
