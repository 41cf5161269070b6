import { join, resolve } from 'node:path';
import { createFolderBlobStore } from '../blobs/blobStore';
import type { ServerConfig } from '../config';
import { openDatabase } from '../storage';
import { callAdminChannel } from './channel';
import type { AdminCommand } from './commands';
import { runAdminCommand } from './commands';

/**
 * Runs one administration command where the configuration says the data is: on PostgreSQL
 * directly (safe beside running servers); on PGlite through the running server's admin channel,
 * or, when none runs, by opening the data folder itself.
 */
export async function executeAdminCommand(config: ServerConfig, given: AdminCommand): Promise<Record<string, unknown>> {
  // A backup path is read from where the command was typed, even when the server's process uses it.
  const command = 'file' in given ? { ...given, file: resolve(given.file) } : given;
  if (!config.databaseUrl) {
    const viaServer = await callAdminChannel(config.dataDir, command);
    if (viaServer !== null) return viaServer;
  }
  const sql = await openDatabase(config);
  try {
    return await runAdminCommand(sql, command, { blobs: createFolderBlobStore(join(config.dataDir, 'blobs')) });
  } finally {
    await sql.close();
  }
}
