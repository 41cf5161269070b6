import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Sql } from '../db/sql';

/**
 * Columns that move on requests the contract still calls "changing nothing": `last_seen_at` is
 * touched by every authenticated request, refused or not (services/devices.ts). It is not data.
 */
const volatileColumns = new Set(['devices.last_seen_at']);

/** The one query that hashes every table, built once per database from its catalogue. */
const digestQueries = new WeakMap<Sql, Promise<string>>();

/**
 * A hash of every table of the database the server writes (found in the catalogue, so a table
 * added by a later migration is covered without anyone remembering it here), computed inside
 * the database in one round trip: cheap enough to take after every batch of refused requests.
 *
 * Rows are hashed as PostgreSQL's own row text (`ROW(…)::text`), which keeps `json` columns
 * verbatim, sorted bytewise, so the digest depends on contents only, never on physical order.
 * Sequences are left out: a refused insert may advance one, and that is not a change of data.
 */
export async function databaseDigest(sql: Sql): Promise<string> {
  let query = digestQueries.get(sql);
  if (!query) {
    query = buildDigestQuery(sql);
    digestQueries.set(sql, query);
  }
  const rows = await sql.query<{ t: string; n: unknown; h: string }>(await query);
  const hash = createHash('sha256');
  for (const row of rows) hash.update(`${row.t}:${String(row.n)}:${row.h}\n`);
  return hash.digest('hex');
}

/** The tables `databaseDigest` covers (the current schema's base tables), for tests of the digest itself. */
export async function digestedTables(sql: Sql): Promise<string[]> {
  return [...new Set((await tableColumns(sql)).map((c) => c.table))];
}

async function tableColumns(sql: Sql): Promise<{ table: string; column: string }[]> {
  const rows = await sql.query<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  return rows.map((r) => ({ table: r.table_name, column: r.column_name }));
}

async function buildDigestQuery(sql: Sql): Promise<string> {
  const byTable = new Map<string, string[]>();
  for (const { table, column } of await tableColumns(sql)) {
    if (volatileColumns.has(`${table}.${column}`)) continue;
    byTable.set(table, [...(byTable.get(table) ?? []), column]);
  }
  if (byTable.size === 0) throw new Error('No tables to digest: is the database migrated?');
  const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
  return [...byTable]
    .map(
      ([table, columns]) =>
        `SELECT '${table.replaceAll("'", "''")}' AS t, count(*) AS n,
                md5(coalesce(string_agg(r, E'\\n' ORDER BY r COLLATE "C"), '')) AS h
           FROM (SELECT ROW(${columns.map(ident).join(', ')})::text AS r FROM ${ident(table)}) s`,
    )
    .join('\nUNION ALL\n')
    .concat('\nORDER BY 1');
}

/**
 * A hash of a folder blob store's files (path and size: the names are the contents' SHA-256),
 * temporary files included, so a refused upload that left a file behind shows.
 */
export async function folderDigest(root: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else hash.update(`${path.slice(root.length)}:${(await stat(path)).size}\n`);
    }
  };
  await walk(root);
  return hash.digest('hex');
}
