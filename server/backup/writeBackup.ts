import { randomBytes } from 'node:crypto';
import { access, link, rm } from 'node:fs/promises';
import type { BlobStore } from '../blobs/blobStore';
import type { Sql } from '../db/sql';
import { toNumber } from '../db/sql';
import { ServiceError } from '../services/errors';
import type { BackupCounts, BackupHeader } from './backupFile';
import { backupFormat, backupFormatVersion, blobChunkBytes, openBackupWriter } from './backupFile';
import { quoteIdent, tablesInLoadOrder } from './schemaTables';

/** What `admin backup` prints. */
export interface BackupSummary {
  file: string;
  schemaVersion: number;
  createdAt: string;
  /** Rows per table. */
  tables: Record<string, number>;
  blobs: number;
  missingBlobs: string[];
}

/** Rows fetched per round trip from the backup's cursor: bounded memory whatever the table size. */
const fetchSize = 1000;

/**
 * Writes a backup of the whole server (backupFile.ts) to `file`, which must not exist yet.
 *
 * Every table is read in ONE `REPEATABLE READ` transaction, so the backup is one consistent
 * snapshot even while devices push (on PostgreSQL the pushes go on meanwhile; PGlite runs one
 * transaction at a time, so they wait). The blob bytes are copied after that transaction, which
 * is safe because blobs are content-addressed and never change or go away. The file is written
 * under a temporary name and linked into place at the end: a failed backup leaves no file that
 * looks whole, and an existing file is never overwritten.
 */
export async function writeBackup(sql: Sql, blobs: BlobStore, file: string, now: Date = new Date()): Promise<BackupSummary> {
  const temp = `${file}.${randomBytes(6).toString('hex')}.partial`;
  const createdAt = now.toISOString();
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  if (exists) throw new ServiceError('invalid_request', `${file} already exists: name a new file for the backup`);
  try {
    const out = openBackupWriter(temp);
    const line = (value: unknown) => out.write(`${JSON.stringify(value)}\n`);
    const counts: BackupCounts = { rows: {}, blobs: 0, missingBlobs: [] };
    let version = 0;
    const hashes = await sql.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const [applied] = await tx.query<{ v: unknown }>('SELECT coalesce(max(version), 0) AS v FROM schema_migrations');
      version = toNumber(applied?.v ?? 0);
      const tables = await tablesInLoadOrder(tx);
      const header: BackupHeader = { format: backupFormat, formatVersion: backupFormatVersion, schemaVersion: version, createdAt, tables };
      await line(header);
      for (const table of tables) {
        await line({ table });
        let n = 0;
        await tx.exec(`DECLARE attache_backup NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${quoteIdent(table)} t`);
        for (;;) {
          const rows = await tx.query<{ j: string }>(`FETCH ${fetchSize} FROM attache_backup`);
          if (rows.length === 0) break;
          n += rows.length;
          await out.write(rows.map((r) => `{"r":${r.j}}\n`).join(''));
        }
        await tx.exec('CLOSE attache_backup');
        counts.rows[table] = n;
      }
      return tables.includes('blobs')
        ? (await tx.query<{ sha256: string }>('SELECT DISTINCT sha256 FROM blobs ORDER BY sha256')).map((b) => b.sha256)
        : [];
    });
    for (const sha256 of hashes) {
      const bytes = await blobs.get(sha256);
      if (!bytes) {
        counts.missingBlobs.push(sha256);
        continue;
      }
      await line({ blob: sha256, size: bytes.length });
      for (let at = 0; at < bytes.length; at += blobChunkBytes) {
        await line({ bytes: Buffer.from(bytes.subarray(at, at + blobChunkBytes)).toString('base64') });
      }
      counts.blobs += 1;
    }
    await line({ end: counts });
    await out.finish();
    // A link, not a rename: it refuses to replace a file that appeared meanwhile.
    await link(temp, file);
    return { file, schemaVersion: version, createdAt, tables: counts.rows, blobs: counts.blobs, missingBlobs: counts.missingBlobs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ServiceError('invalid_request', `${file} already exists: name a new file for the backup`);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ServiceError('not_found', `No folder for ${file}`);
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}
