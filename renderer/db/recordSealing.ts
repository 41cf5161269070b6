import type { DBCore, DBCoreKeyRange, DBCoreTable, DBCoreTableSchema, Middleware } from 'dexie';
import type { DataKey } from '../security/keyring';
import { open, openAsync, openBytes, seal, sealAsync, sealBytes } from '../security/recordSeal';
import { mappedTable, type ValueMapping } from './valueMapping';

/**
 * Stores written in clear: the public HS nomenclature, and the per-field clocks (field names and
 * hybrid clocks, no values; the sync engine reads them by the thousand).
 */
export const unsealedStores: ReadonlySet<string> = new Set(['hsCodes', 'fieldMeta']);

/** Metadata kept in clear besides the keys and indexed properties (ARCHITECTURE.md "Storage"). */
const clearMetadata = ['version', 'deleted'];

/** Where the sealed part of a record is kept on disk. */
export const sealedProperty = 'sealed';

/**
 * The stored shape of one store: its primary key, indexed properties and `clearMetadata` stay as
 * they are (IndexedDB must see what it indexes, and issue 2 indexes metadata only); every other
 * property goes into one AES-GCM seal under `sealed`. The seal is bound to the store and the
 * record's key; in auto-increment stores (outbox, change log) the key may not exist before the
 * write, so only the store is bound there.
 */
function storedShape(schema: DBCoreTableSchema) {
  const clear = new Set([...keyPaths(schema.primaryKey.keyPath), ...schema.indexes.flatMap((i) => keyPaths(i.keyPath)), ...clearMetadata]);
  const primaryKey = typeof schema.primaryKey.keyPath === 'string' && !schema.primaryKey.autoIncrement ? schema.primaryKey.keyPath : null;
  return {
    context: (record: Record<string, unknown>) => (primaryKey === null ? schema.name : `${schema.name}/${String(record[primaryKey])}`),
    /** The properties kept in clear, and the ones to seal. */
    split(record: Record<string, unknown>) {
      const stored: Record<string, unknown> = {};
      const secret: Record<string, unknown> = {};
      for (const [name, v] of Object.entries(record)) {
        if (clear.has(name)) stored[name] = v;
        else secret[name] = v;
      }
      return { stored, secret };
    },
  };
}

/** Where `presealValues` leaves a value's stored form, for the middleware to take as it is. */
const presealed = Symbol('attache.presealed');
type Presealed = { context: string; json: string; stored: Record<string, unknown> };

function sealingFor(schema: DBCoreTableSchema, key: DataKey): ValueMapping {
  const shape = storedShape(schema);
  return {
    toStored(value) {
      const record = value as Record<string, unknown> & { [presealed]?: Presealed };
      const context = shape.context(record);
      const { stored, secret } = shape.split(record);
      const pre = record[presealed];
      // Sealed ahead for this very record and content (checked, so a changed value is sealed anew).
      if (pre && pre.context === context && pre.json === JSON.stringify(secret)) return pre.stored;
      stored[sealedProperty] = seal(key, context, secret);
      return stored;
    },
    fromStored(stored) {
      const { [sealedProperty]: sealed, ...rest } = stored as Record<string, unknown>;
      // Written before this profile had a key (sealed on the first unlock): read as it is.
      if (!(sealed instanceof Uint8Array)) return stored;
      return { ...rest, ...(open(key, shape.context(rest), sealed) as Record<string, unknown>) };
    },
  };
}

/**
 * Seals `values` of one store with WebCrypto BEFORE the transaction that writes them, and marks
 * each with its stored form; the middleware then writes that form instead of sealing again with
 * the synchronous cipher (4–5 times slower). For large commits only (renderer/db/commitChanges.ts):
 * it must not run inside a transaction (an await there lets it commit half-written).
 */
export async function presealValues(key: DataKey, schema: DBCoreTableSchema, values: readonly object[]): Promise<void> {
  if (unsealedStores.has(schema.name) || schema.name === blobStore) return;
  const shape = storedShape(schema);
  await Promise.all(
    values.map(async (value) => {
      const record = value as Record<string, unknown>;
      const context = shape.context(record);
      const { stored, secret } = shape.split(record);
      const json = JSON.stringify(secret);
      stored[sealedProperty] = await sealAsync(key, context, json);
      Object.defineProperty(record, presealed, { value: { context, json, stored } satisfies Presealed, enumerable: false });
    }),
  );
}

/**
 * Attached files' bytes (`StoredBlob`): sealed as they are, without the JSON a record's sealed
 * part goes through (a JSON array of bytes would be several times larger and slower), bound to
 * the store and the hash. The size stays in clear beside the hash, which is the key.
 */
const blobStore = 'blobs';

function blobSealing(key: DataKey): ValueMapping {
  const context = (sha256: unknown) => `${blobStore}/${String(sha256)}`;
  return {
    toStored(value) {
      const { sha256, size, bytes } = value as { sha256: string; size: number; bytes: Uint8Array };
      return { sha256, size, [sealedProperty]: sealBytes(key, context(sha256), bytes) };
    },
    fromStored(stored) {
      const { [sealedProperty]: sealed, ...rest } = stored as Record<string, unknown>;
      if (!(sealed instanceof Uint8Array)) return stored;
      return { ...rest, bytes: openBytes(key, context(rest.sha256), sealed) };
    },
  };
}

function keyPaths(keyPath: string | string[] | null): string[] {
  if (keyPath === null) return [];
  // A dotted path indexes a nested property: its top-level property stays in clear.
  return (Array.isArray(keyPath) ? keyPath : [keyPath]).map((p) => p.split('.')[0] ?? p);
}

/**
 * Dexie middleware sealing every record of every store except `unsealedStores` with the data key,
 * and opening them on every read path, so feature code reads and writes plain objects. Level -2:
 * beneath all of Dexie's own middleware, so its caches above hold what the app reads (they die
 * with the page when the app locks) and only IndexedDB sees ciphertext.
 */
export function recordSealing(key: DataKey, beneath?: { core?: DBCore }): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'recordSealing',
    level: -2,
    create: (down) => {
      if (beneath) beneath.core = down;
      const tables = new Map<string, DBCoreTable>();
      return {
        ...down,
        table: (name) => {
          let table = tables.get(name);
          if (!table) {
            const stored = down.table(name);
            table = unsealedStores.has(name)
              ? stored
              : mappedTable(stored, name === blobStore ? blobSealing(key) : sealingFor(stored.schema, key));
            tables.set(name, table);
          }
          return table;
        },
      };
    },
  };
}

/**
 * Reads up to `limit` records of a sealed store after `afterKey` (primary-key order) beneath the
 * middleware, and opens them with WebCrypto once the read transaction is over: for sweeps over
 * whole tables (the search index at unlock), which the synchronous cipher would make hold the page
 * ~40 µs per record; WebCrypto runs on the browser's own threads.
 */
export async function readOpenedAfter(core: DBCore, key: DataKey, store: string, afterKey: string | null, limit: number): Promise<unknown[]> {
  const table = core.table(store);
  const trans = core.transaction([store], 'readonly');
  // DBCoreRangeType is a const enum, which this build cannot import: 3 is Any, 2 is Range.
  const range = (afterKey === null ? { type: 3 } : { type: 2, lower: afterKey, lowerOpen: true, upper: undefined, upperOpen: false }) as DBCoreKeyRange;
  const { result } = await table.query({ trans, values: true, limit, query: { index: table.schema.primaryKey, range } });
  const shape = storedShape(table.schema);
  return Promise.all(
    result.map(async (stored: Record<string, unknown>) => {
      const { [sealedProperty]: sealed, ...rest } = stored;
      if (!(sealed instanceof Uint8Array)) return stored;
      return { ...rest, ...((await openAsync(key, shape.context(rest), sealed)) as Record<string, unknown>) };
    }),
  );
}
