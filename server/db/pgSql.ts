import { createHash } from 'node:crypto';
import pg from 'pg';
import { jsonColumnType, keepJsonText, type Sql, type SqlTx } from './sql';

/** `json` columns stay text (see sql.ts); every other type is parsed as `pg` does by default. */
const typeParser = ((oid: number, format: 'text' | 'binary' = 'text') =>
  oid === jsonColumnType ? keepJsonText : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser;

/**
 * Each statement with parameters is prepared once per connection, under a name taken from its
 * text: PostgreSQL then neither parses nor, once it settles on a generic plan, plans it again.
 * The server's requests are a few short statements each, so that work was most of what they cost
 * PostgreSQL: under 200 laptops (bench/load) its CPU fell from 71-74% of a core to 35-38%, and the
 * p99 of a push from 214-442 ms to 99-132 ms. Texts are the code's own (a few dozen), so the names
 * stay few.
 * Statements without parameters keep the simple protocol, which accepts several in one text.
 */
const statementNames = new Map<string, string>();
function prepared(text: string, values: unknown[]): pg.QueryConfig {
  if (values.length === 0) return { text };
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `attache_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`));
  return { name, text, values };
}

/**
 * PostgreSQL through a `pg` pool behind the `Sql` interface.
 * `searchPath` (optional) pins every pooled connection to one schema: the tests use it to give
 * each test file a fresh schema on a shared database.
 */
export function openPgSql(connectionString: string, options: { searchPath?: string; max?: number } = {}): Sql {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    types: { getTypeParser: typeParser },
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  // An idle client losing its connection must not crash the server; the next query reconnects.
  pool.on('error', () => undefined);
  return {
    kind: 'postgres',
    async query<Row>(text: string, params: unknown[] = []) {
      const result = await pool.query(prepared(text, params));
      return result.rows as Row[];
    },
    async exec(text: string) {
      await pool.query(text);
    },
    async transaction<T>(fn: (tx: SqlTx) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await fn({
          async query<Row>(text: string, params: unknown[] = []) {
            return (await client.query(prepared(text, params))).rows as Row[];
          },
          async exec(text: string) {
            // Without parameters pg uses the simple protocol, which accepts several statements.
            await client.query(text);
          },
        });
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
