import { createHash } from 'node:crypto';
import type { BlobStore } from '../blobs/blobStore';
import { isSha256Hex } from '../blobs/blobStore';
import { applyMigration, loadMigrations, lockMigrations, schemaMigrationsTable } from '../db/migrate';
import type { Sql, SqlTx } from '../db/sql';
import { toNumber } from '../db/sql';
import { pokeChannel } from '../notify/pgNotifier';
import { ServiceError } from '../services/errors';
import type { BackupCounts, BackupHeader, BackupLine } from './backupFile';
import { checkHeader, readBackupLines } from './backupFile';
import { quoteIdent, rowCounts, tablesInLoadOrder } from './schemaTables';

/** A workspace as the restore left it: its history ends at `restoredVersion`, new changes follow `resumedVersion`. */
export interface RestoredWorkspace {
  id: string;
  restoredVersion: number;
  resumedVersion: number;
}

/** What `admin restore` prints. */
export interface RestoreSummary {
  file: string;
  /** When the backup was taken. */
  backupCreatedAt: string;
  /** The schema the backup was taken at, and the one the restored database was migrated to. */
  backupSchemaVersion: number;
  schemaVersion: number;
  /** Whether data the database held before was replaced (`--replace`). */
  replaced: boolean;
  tables: Record<string, number>;
  blobs: number;
  workspaces: RestoredWorkspace[];
}

/** Rows inserted per statement (one JSON parameter), bounded by count and by text size. */
const batchRows = 500;
const batchChars = 4 * 1024 * 1024;

/**
 * Restores a backup written by `writeBackup` in ONE transaction: every table of the database is
 * dropped and rebuilt by the migrations up to the backup's schema, the rows are loaded, the later
 * migrations run, and only then is anything visible; a damaged or cut file changes nothing.
 * A database that holds any row is refused (`forbidden`) unless `replace` is set.
 *
 * Each restored workspace's version counter then moves on to a `resumedVersion` beyond any version
 * the lost history can have handed out (at least the restore time in microseconds, and above what
 * the replaced database and earlier restores reached), recorded in `workspace_restores`: devices
 * holding a cursor from the lost stretch are told `resetRequired` and re-upload what the server
 * lacks (SYNC-PROTOCOL.md client rules), and new changes never reuse a version a device holds.
 * On PostgreSQL every server instance is poked when the transaction commits (`pg_notify`); on
 * PGlite the caller pokes (`onRestored`).
 *
 * Blob bytes are written to the blob store as they are read (checked against their hash); blobs
 * never change, so bytes stored by a restore that then fails are harmless.
 */
export async function restoreBackup(
  sql: Sql,
  blobs: BlobStore,
  file: string,
  options: { replace?: boolean; now?: Date } = {},
): Promise<RestoreSummary> {
  const migrations = await loadMigrations();
  const latest = migrations.at(-1)?.version ?? 0;
  const lines = readBackupLines(file);
  try {
    const first = await lines.next();
    const header = checkHeader(first.done ? undefined : first.value);
    if (header.schemaVersion > latest) {
      throw new ServiceError(
        'invalid_request',
        `The backup was made by a newer server (schema ${header.schemaVersion}; this one has ${latest}): upgrade this server first`,
      );
    }
    if (header.schemaVersion < 1) throw new ServiceError('invalid_request', 'The backup header names no schema version');
    return await sql.transaction(async (tx) => {
      await lockMigrations(tx);
      const previous = await refuseUnlessEmpty(tx, options.replace === true);
      const dropped = await tx.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`);
      if (dropped.length > 0) await tx.exec(`DROP TABLE ${dropped.map((t) => quoteIdent(t.name)).join(', ')} CASCADE`);
      await tx.exec(schemaMigrationsTable);
      for (const m of migrations) if (m.version <= header.schemaVersion) await applyMigration(tx, m);
      const counts = await loadRows(tx, lines, header, blobs);
      for (const m of migrations) if (m.version > header.schemaVersion) await applyMigration(tx, m);
      await refuseOrphans(tx);
      await resetIdentityColumns(tx);
      const workspaces = await resumeVersions(tx, previous, options.now ?? new Date());
      if (sql.kind === 'postgres') {
        for (const w of workspaces) {
          await tx.query('SELECT pg_notify($1, $2)', [pokeChannel, JSON.stringify({ w: w.id, v: w.resumedVersion })]);
        }
      }
      return {
        file,
        backupCreatedAt: header.createdAt,
        backupSchemaVersion: header.schemaVersion,
        schemaVersion: latest,
        replaced: Object.keys(previous.held).length > 0,
        tables: counts.rows,
        blobs: counts.blobs,
        workspaces,
      };
    });
  } finally {
    await lines.return(undefined);
  }
}

/**
 * The references a push no longer has the database check row by row (migration 008 dropped those
 * foreign keys: the push holds the workspace and device locked), checked once for the whole load,
 * so a damaged or edited backup cannot bring records of a workspace or device it lacks.
 */
async function refuseOrphans(tx: SqlTx): Promise<void> {
  const [orphan] = await tx.query<{ what: string }>(`
    (SELECT 'a record names workspace ' || workspace_id AS what FROM rows r
      WHERE NOT EXISTS (SELECT 1 FROM workspaces w WHERE w.id = r.workspace_id) LIMIT 1)
    UNION ALL
    (SELECT 'a mutation names workspace ' || workspace_id FROM mutation_log m
      WHERE NOT EXISTS (SELECT 1 FROM workspaces w WHERE w.id = m.workspace_id) LIMIT 1)
    UNION ALL
    (SELECT 'a mutation names device ' || device_id FROM mutation_log m
      WHERE NOT EXISTS (SELECT 1 FROM devices d WHERE d.id = m.device_id) LIMIT 1)
    LIMIT 1`);
  if (orphan) throw new ServiceError('invalid_request', `The backup file is damaged: ${orphan.what}, which it does not hold`);
}

interface Previous {
  /** Tables holding rows, with their counts. */
  held: Record<string, number>;
  /** Per workspace, the highest version the replaced database handed out or resumed at. */
  versions: Map<string, number>;
}

async function refuseUnlessEmpty(tx: SqlTx, replace: boolean): Promise<Previous> {
  const tables = await tablesInLoadOrder(tx);
  const held = Object.fromEntries(Object.entries(await rowCounts(tx, tables)).filter(([, n]) => n > 0));
  if (Object.keys(held).length > 0 && !replace) {
    throw new ServiceError('forbidden', 'The database already holds data: restore with --replace to replace all of it with the backup', {
      tables: held,
    });
  }
  const versions = new Map<string, number>();
  const raise = (id: string, v: unknown) => versions.set(id, Math.max(versions.get(id) ?? 0, toNumber(v)));
  if (tables.includes('workspaces')) {
    for (const w of await tx.query<{ id: string; version: unknown }>('SELECT id, version FROM workspaces')) raise(w.id, w.version);
  }
  if (tables.includes('workspace_restores')) {
    for (const r of await tx.query<{ id: string; v: unknown }>('SELECT workspace_id AS id, max(resumed_version) AS v FROM workspace_restores GROUP BY 1')) {
      raise(r.id, r.v);
    }
  }
  return { held, versions };
}

/** Reads the table sections and blobs up to the trailer, checking the counts it states. */
async function loadRows(tx: SqlTx, lines: AsyncGenerator<BackupLine>, header: BackupHeader, blobs: BlobStore): Promise<BackupCounts> {
  const created = new Set(await tablesInLoadOrder(tx));
  const counts: BackupCounts = { rows: {}, blobs: 0, missingBlobs: [] };
  let table: string | null = null;
  let batch: string[] = [];
  let batchSize = 0;
  let blob: { sha256: string; size: number; chunks: Buffer[] } | null = null;
  const damaged = (why: string) => new ServiceError('invalid_request', `The backup file is damaged: ${why}`);

  const flush = async () => {
    if (batch.length === 0 || table === null) return;
    const t = quoteIdent(table);
    // Column by column by name, whatever the column order; OVERRIDING keeps identity ids as they were.
    await tx.query(`INSERT INTO ${t} OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::${t}, $1::json)`, [
      `[${batch.join(',')}]`,
    ]);
    batch = [];
    batchSize = 0;
  };
  const storeBlob = async () => {
    if (!blob) return;
    const bytes = Buffer.concat(blob.chunks);
    if (bytes.length !== blob.size || createHash('sha256').update(bytes).digest('hex') !== blob.sha256) {
      throw damaged(`the bytes of blob ${blob.sha256} do not match their hash`);
    }
    await blobs.put(blob.sha256, bytes);
    counts.blobs += 1;
    blob = null;
  };

  for await (const line of lines) {
    if ('r' in line) {
      if (table === null) throw damaged('a row comes before its table');
      const text = JSON.stringify(line.r);
      batch.push(text);
      batchSize += text.length;
      counts.rows[table] = (counts.rows[table] ?? 0) + 1;
      if (batch.length >= batchRows || batchSize >= batchChars) await flush();
    } else if ('table' in line) {
      await flush();
      if (!header.tables.includes(line.table) || !created.has(line.table)) throw damaged(`unknown table ${String(line.table)}`);
      table = line.table;
      counts.rows[table] = 0;
    } else if ('bytes' in line) {
      if (!blob) throw damaged('blob bytes come before their blob');
      blob.chunks.push(Buffer.from(line.bytes, 'base64'));
    } else if ('blob' in line) {
      await flush();
      await storeBlob();
      if (!isSha256Hex(line.blob) || !Number.isInteger(line.size)) throw damaged('a blob line is malformed');
      blob = { sha256: line.blob, size: line.size, chunks: [] };
    } else if ('end' in line) {
      await flush();
      await storeBlob();
      const stated = line.end;
      for (const t of new Set([...Object.keys(stated.rows), ...Object.keys(counts.rows)])) {
        if ((stated.rows[t] ?? 0) !== (counts.rows[t] ?? 0)) throw damaged(`table ${t} should have ${stated.rows[t] ?? 0} rows`);
      }
      if (stated.blobs !== counts.blobs) throw damaged(`it should hold ${stated.blobs} blobs`);
      return { ...counts, missingBlobs: stated.missingBlobs };
    } else {
      throw damaged('a line of an unknown kind');
    }
  }
  throw damaged('it ends before its last line (was it copied whole?)');
}

/** Identity columns (audit event ids) continue after the restored ids, not from 1. */
async function resetIdentityColumns(tx: SqlTx): Promise<void> {
  const columns = await tx.query<{ t: string; c: string }>(
    `SELECT table_name AS t, column_name AS c FROM information_schema.columns
      WHERE table_schema = current_schema() AND is_identity = 'YES'`,
  );
  for (const { t, c } of columns) {
    await tx.query(`SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${quoteIdent(c)}) FROM ${quoteIdent(t)}), 0) + 1, false)`, [
      quoteIdent(t),
      c,
    ]);
  }
}

async function resumeVersions(tx: SqlTx, previous: Previous, now: Date): Promise<RestoredWorkspace[]> {
  const restoredEarlier = new Map<string, number>();
  for (const r of await tx.query<{ id: string; v: unknown }>('SELECT workspace_id AS id, max(resumed_version) AS v FROM workspace_restores GROUP BY 1')) {
    restoredEarlier.set(r.id, toNumber(r.v));
  }
  // Microseconds: a later restore always resumes above an earlier one, unless the history between
  // them gave out more than a thousand versions a millisecond.
  const floor = now.getTime() * 1000;
  const workspaces: RestoredWorkspace[] = [];
  for (const w of await tx.query<{ id: string; version: unknown }>('SELECT id, version FROM workspaces ORDER BY id')) {
    const restoredVersion = toNumber(w.version);
    const resumedVersion = Math.max(restoredVersion, previous.versions.get(w.id) ?? 0, restoredEarlier.get(w.id) ?? 0, floor) + 1;
    await tx.query('INSERT INTO workspace_restores (workspace_id, restored_version, resumed_version) VALUES ($1, $2, $3)', [
      w.id,
      restoredVersion,
      resumedVersion,
    ]);
    await tx.query('UPDATE workspaces SET version = $2 WHERE id = $1', [w.id, resumedVersion]);
    workspaces.push({ id: w.id, restoredVersion, resumedVersion });
  }
  return workspaces;
}
