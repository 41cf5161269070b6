/**
 * The one storage interface of the server. Both adapters (embedded PGlite, PostgreSQL through a
 * `pg` pool) run the same SQL text with `$1`-style parameters, so every service is written once.
 *
 * Invariants:
 * - `transaction(fn)` runs `fn` on a connection of its own inside BEGIN … COMMIT; if `fn` throws,
 *   everything it wrote is rolled back and the error is re-thrown unchanged.
 * - Parameters for `jsonb` columns are passed as JSON text (`JSON.stringify`) and cast in SQL
 *   (`$1::jsonb`): `pg` would turn a JS array into a PostgreSQL array otherwise.
 * - `json` columns (not `jsonb`) come back as their stored text, unparsed, on both adapters: the
 *   rows store keeps records verbatim so a pull can splice them into its answer (`jsonColumnType`).
 * - Integer columns may come back as `number`, `bigint` (PGlite int8) or `string` (pg int8):
 *   read them through `toNumber`.
 */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Which engine runs underneath; the admin CLI needs it to pick its channel. */
  readonly kind: 'pglite' | 'postgres';
}

/** A connection inside an open transaction. */
export interface SqlTx {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  exec(text: string): Promise<void>;
}

/** PostgreSQL's type oid of `json`, whose values both adapters return as text. */
export const jsonColumnType = 114;
export const keepJsonText = (text: string): string => text;

/** Reads an integer column whatever the driver made of it (number, bigint or decimal string). */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  throw new TypeError(`Expected an integer column, got ${typeof value}`);
}

/** Reads a timestamptz column as an ISO string (null stays null). */
export function toIso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return new Date(String(value)).toISOString();
}
