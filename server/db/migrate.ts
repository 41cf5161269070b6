import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Sql, SqlTx } from './sql';
import { toNumber } from './sql';

/** The folder of numbered migrations: `NNN_name.sql`, applied in numeric order, never edited once shipped. */
export const migrationsDir = fileURLToPath(new URL('../migrations/', import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const fileName = /^(\d{3})_([a-z0-9_]+)\.sql$/;

/** Reads the migration files; throws if two share a number or the numbering has a hole. */
export async function loadMigrations(dir = migrationsDir): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = fileName.exec(file);
    if (!match) throw new Error(`Migration file name not NNN_name.sql: ${file}`);
    const version = Number(match[1]);
    if (version !== migrations.length + 1) throw new Error(`Migration ${file} is out of sequence`);
    migrations.push({ version, name: match[2] as string, sql: await readFile(`${dir}/${file}`, 'utf8') });
  }
  return migrations;
}

/** The record of applied migrations, created before the first one. */
export const schemaMigrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`;

/** An arbitrary constant: the advisory lock that serialises migrations of several server instances. */
const migrationLock = 7_317_001;

/**
 * Applies every migration above the recorded one, each in its own transaction together with its
 * `schema_migrations` row, so a crash leaves the schema at a migration boundary. `upTo` stops early
 * (the migration tests open the schema at version n, seed it, then migrate to n+1).
 * Returns the schema version reached.
 */
export async function migrate(sql: Sql, options: { upTo?: number; migrations?: Migration[] } = {}): Promise<number> {
  const migrations = options.migrations ?? (await loadMigrations());
  // Under the lock too: two instances starting on an empty database both ran CREATE TABLE IF NOT
  // EXISTS, and the slower failed on the catalog's unique index (IF NOT EXISTS does not wait).
  await sql.transaction(async (tx) => {
    await lockMigrations(tx);
    await tx.exec(schemaMigrationsTable);
  });
  let reached = 0;
  for (const migration of migrations) {
    if (options.upTo !== undefined && migration.version > options.upTo) break;
    await sql.transaction(async (tx) => {
      await lockMigrations(tx);
      await applyMigration(tx, migration);
    });
    reached = migration.version;
  }
  return reached;
}

/** Waits for (and, until the transaction ends, holds) the lock that serialises schema changes. */
export async function lockMigrations(tx: SqlTx): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
}

/**
 * Applies one migration inside the caller's transaction unless `schema_migrations` already has
 * it. The restore of a backup uses it to rebuild the schema within its one transaction.
 */
export async function applyMigration(tx: SqlTx, migration: Migration): Promise<void> {
  const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
  if (done.length > 0) return;
  await tx.exec(migration.sql);
  await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
}

/** The highest applied migration (0 on an empty database). */
export async function schemaVersion(sql: Sql): Promise<number> {
  const rows = await sql.query<{ v: unknown }>('SELECT coalesce(max(version), 0) AS v FROM schema_migrations');
  return toNumber(rows[0]?.v ?? 0);
}
