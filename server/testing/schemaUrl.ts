import type { Sql } from '../db/sql';

/**
 * `url` with every connection pinned to `schema` (libpq's `options=-c search_path=…`, which `pg`
 * passes on): a server child process given this DATABASE_URL works in a test's scratch schema
 * (scratchSchema.ts), its pool and its LISTEN connection alike.
 */
export function urlWithSearchPath(url: string, schema: string): string {
  const pinned = new URL(url);
  pinned.searchParams.set('options', `-c search_path=${schema}`);
  return pinned.toString();
}

/** The schema a scratch database's connections work in. */
export async function currentSchema(sql: Sql): Promise<string> {
  const [row] = await sql.query<{ schema: string }>('SELECT current_schema() AS schema');
  if (!row) throw new Error('No current schema');
  return row.schema;
}
