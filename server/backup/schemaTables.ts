import type { SqlTx } from '../db/sql';

/** SQL identifiers of the tables read here come from the catalog, yet are quoted all the same. */
export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Every table of the server's schema except `schema_migrations` (the backup records the schema
 * version instead), parents before the tables whose foreign keys point at them, so rows can be
 * inserted in this order. Read from the catalog, so a table a later migration adds is backed up
 * without anyone remembering to list it.
 */
export async function tablesInLoadOrder(tx: SqlTx): Promise<string[]> {
  const tables = (
    await tx.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables
        WHERE schemaname = current_schema() AND tablename <> 'schema_migrations' ORDER BY tablename`,
    )
  ).map((t) => t.name);
  const links = await tx.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = current_schema()`,
  );
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set()]));
  for (const { child, parent } of links) if (child !== parent) parents.get(child)?.add(parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t) && [...(parents.get(t) ?? [])].every((p) => placed.has(p) || !parents.has(p)));
    if (ready.length === 0) throw new Error('The schema has a cycle of foreign keys');
    for (const t of ready) {
      placed.add(t);
      ordered.push(t);
    }
  }
  return ordered;
}

/** Rows per table (all of them), to tell an empty database from one holding data. */
export async function rowCounts(tx: SqlTx, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await tx.query<{ n: unknown }>(`SELECT count(*)::int AS n FROM ${quoteIdent(table)}`);
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}
