import { PGlite } from '@electric-sql/pglite';
import { jsonColumnType, keepJsonText, type Sql, type SqlTx } from './sql';

/**
 * Embedded PostgreSQL (PGlite) behind the `Sql` interface. `dataDir` undefined = in memory (tests).
 * PGlite runs one query at a time and its `transaction` holds an exclusive lock, so row locks
 * (`FOR UPDATE`) are trivially satisfied; the SQL stays the same as on PostgreSQL.
 * Only one process may open a data folder at a time.
 */
export async function openPgliteSql(dataDir?: string): Promise<Sql> {
  const db = await PGlite.create(dataDir, { parsers: { [jsonColumnType]: keepJsonText } });
  return {
    kind: 'pglite',
    async query<Row>(text: string, params: unknown[] = []) {
      const result = await db.query<Row>(text, params);
      return result.rows;
    },
    async exec(text: string) {
      await db.exec(text);
    },
    async transaction<T>(fn: (tx: SqlTx) => Promise<T>) {
      return db.transaction(async (tx) =>
        fn({
          async query<Row>(text: string, params: unknown[] = []) {
            return (await tx.query<Row>(text, params)).rows;
          },
          async exec(text: string) {
            await tx.exec(text);
          },
        }),
      );
    },
    async close() {
      await db.close();
    },
  };
}
