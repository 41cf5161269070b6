import { migrate } from '../db/migrate';
import { openPgliteSql } from '../db/pgliteSql';
import type { Sql } from '../db/sql';
import { openScratchSchema } from './scratchSchema';

/**
 * A fresh, isolated database for one test file: in-memory PGlite, or, in the `postgres` test
 * project (`testStorage() === 'postgres'`, only when `DATABASE_URL` is set), a new schema on that
 * PostgreSQL (dropped by `close`) so parallel test files never interfere.
 * `migrated: false` leaves it empty (the migration tests step through versions themselves).
 */
export async function openTestDb(options: { migrated?: boolean } = {}): Promise<Sql> {
  const url = process.env.DATABASE_URL;
  let sql: Sql;
  if (testStorage() === 'postgres' && url) {
    sql = await openScratchSchema(url, 'attache_test');
  } else {
    sql = await openPgliteSql();
  }
  if (options.migrated !== false) await migrate(sql);
  return sql;
}

/**
 * Which storage this test run exercises. vitest.config.ts runs the server tests twice when
 * `DATABASE_URL` is set: once on PGlite (always) and once on PostgreSQL.
 */
export function testStorage(): 'pglite' | 'postgres' {
  return process.env.ATTACHE_TEST_STORAGE === 'postgres' ? 'postgres' : 'pglite';
}

/** Every table's rows in a stable order: compared before/after a refused request to prove nothing changed. */
export async function dumpDatabase(sql: Sql): Promise<Record<string, unknown[]>> {
  const tables = ['workspaces', 'members', 'devices', 'enrollment_codes', 'rows', 'mutation_log', 'blobs', 'audit_events'];
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    // last_seen_at moves on every authenticated request, refused or not: it is not data.
    const rows = await sql.query<Record<string, unknown>>(`SELECT to_jsonb(t) AS j FROM ${table} t ORDER BY 1`);
    dump[table] = rows.map((r) => {
      const { last_seen_at: _seen, ...rest } = r.j as Record<string, unknown>;
      return rest;
    });
  }
  return dump;
}
