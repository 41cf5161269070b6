import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPgSql } from '../db/pgSql';
import type { Sql } from '../db/sql';

/**
 * A new, empty schema `<prefix>_<random>` on the PostgreSQL at `url`, with a small pool pinned to
 * it; `close` drops the schema. Tests and benchmarks get a database of their own this way without
 * creating databases (which needs more rights than a schema).
 */
export async function openScratchSchema(url: string, prefix: string): Promise<Sql> {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const inner = openPgSql(url, { searchPath: schema, max: 4 });
  return {
    ...inner,
    async close() {
      await inner.query(`DROP SCHEMA ${schema} CASCADE`);
      await inner.close();
    },
  };
}
