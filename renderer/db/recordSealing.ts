import type { DBCore, DBCoreKeyRange, DBCoreTable, DBCoreTableSchema, Middleware } from 'dexie';
import type { DataKey } from '../security/keyring';
import { open, openAsync, openBytes, openBytesAsync, seal, sealBytes, sealBytesAsync, sealMany } from '../security/recordSeal';
import { legacyClocksStore } from './foldClocksIntoRows';
import { clocksProperty } from './rowClocks';
import { mappedTable, type ValueMapping } from './valueMapping';

/**
 * Stores written in clear: the public HS nomenclature, and the per-row clocks of versions 1 to 8
 * (field names and hybrid clocks, no values), which version 9 folds into the rows.
 */
export const unsealedStores: ReadonlySet<string> = new Set(['hsCodes', legacyClocksStore]);

/**
 * Metadata kept in clear besides the keys and indexed properties (ARCHITECTURE.md "Storage"),
 * including a synced row's clocks (renderer/db/rowClocks.ts): field names and hybrid clocks, no
 * values, in clear as they were in their own store before schema version 9.
 */
const clearMetadata = ['version', 'deleted', clocksProperty];

/** Where the sealed part of a record is kept on disk. */
export const sealedProperty = 'sealed';

/**
 * The write stamp of rows in stores that index it (every synced table, schema version 4): a
 * per-store counter, one above the highest stamp in the store, read inside the writing
 * transaction. IndexedDB runs read-write transactions on a store one after another, so
 * stamps grow in commit order and "rows stamped above N" is exactly what was written after a
 * reader saw N as the highest. A counter, not a time: it tells nothing of when. Dropped on reads.
 */
export const stampProperty = 'writtenAt';

/**
 * Stores whose values come sealed already, by WebCrypto outside any transaction (megabytes at
 * once: the search snapshot). The middleware writes them as they are, and refuses any other shape.
 */
const sealedAsideStores: ReadonlySet<string> = new Set(['searchSnapshots']);

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
    /** The properties kept in clear, and the ones to seal, of a record's `Object.entries`. */
    split(properties: readonly [string, unknown][]) {
      const stored: Record<string, unknown> = {};
      const secret: Record<string, unknown> = {};
      for (const [name, v] of properties) {
        if (clear.has(name)) stored[name] = v;
        else secret[name] = v;
      }
      return { stored, secret };
    },
  };
}

/**
 * Where `presealValues` leaves a value's stored form, for the middleware to take as it is, with
 * the value's properties as they were when sealed: one changed since (a property set, added or
 * removed) is sealed anew. Checked by identity, not by serialising the value again (150k values
 * in a 50k import).
 */
const presealed = Symbol('attache.presealed');
type Presealed = { context: string; properties: [string, unknown][]; stored: Record<string, unknown> };

function unchangedSince(record: Record<string, unknown>, properties: readonly [string, unknown][]): boolean {
  let count = 0;
  for (const name in record) if (Object.hasOwn(record, name)) count++;
  return count === properties.length && properties.every(([name, value]) => record[name] === value);
}

function sealingFor(schema: DBCoreTableSchema, key: DataKey): ValueMapping {
  const shape = storedShape(schema);
  return {
    toStored(value) {
      const record = value as Record<string, unknown> & { [presealed]?: Presealed };
      const context = shape.context(record);
      const pre = record[presealed];
      // Sealed ahead for this very record and content (checked, so a changed value is sealed anew).
      if (pre && pre.context === context && unchangedSince(record, pre.properties)) return pre.stored;
      const { stored, secret } = shape.split(Object.entries(record));
      stored[sealedProperty] = seal(key, context, secret);
      return stored;
    },
    fromStored(stored) {
      const { [sealedProperty]: sealed, [stampProperty]: _stamp, ...rest } = stored as Record<string, unknown>;
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
  if (unsealedStores.has(schema.name) || schema.name === blobStore || sealedAsideStores.has(schema.name)) return;
  const shape = storedShape(schema);
  const prepared = values.map((value) => {
    const record = value as Record<string, unknown>;
    // One read of its properties, both to split and to tell later whether it changed since.
    const properties = Object.entries(record);
    const { stored, secret } = shape.split(properties);
    return { record, stored, context: shape.context(record), json: JSON.stringify(secret), properties };
  });
  const sealed = await sealMany(key, prepared);
  prepared.forEach(({ record, stored, context, properties }, i) => {
    stored[sealedProperty] = sealed[i];
    Object.defineProperty(record, presealed, { value: { context, properties, stored } satisfies Presealed, enumerable: false });
  });
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
            if (unsealedStores.has(name)) table = stored;
            else if (sealedAsideStores.has(name)) table = mappedTable(stored, sealedAside);
            else table = mappedTable(stamped(stored), name === blobStore ? blobSealing(key) : sealingFor(stored.schema, key));
            tables.set(name, table);
          }
          return table;
        },
      };
    },
  };
}

const sealedAside: ValueMapping = {
  toStored(value) {
    const { key, sealed, ...rest } = value as Record<string, unknown>;
    if (typeof key !== 'string' || !(sealed instanceof Uint8Array) || Object.keys(rest).length > 0) {
      throw new TypeError('Only { key, sealed } values, sealed beforehand, are written to this store');
    }
    return value;
  },
  fromStored: (stored) => stored,
};

/** The store's `stampProperty` index, if it has one. */
function stampIndex(schema: DBCoreTableSchema) {
  return schema.indexes.find((i) => i.keyPath === stampProperty) ?? null;
}

/** Per transaction and store, the stamp its writes get (read once, on the first write). */
const transactionStamps = new WeakMap<object, Map<string, PromiseLike<number>>>();

/**
 * `stored` with every row written stamped (see `stampProperty`) when the store indexes stamps.
 * Beneath the sealing mapping, so the stamp is added to the stored (sealed) shape. The highest
 * stamp is read in the writing transaction, through Dexie's own promises (`.then`, never
 * `await`: see valueMapping.ts).
 */
function stamped(stored: DBCoreTable): DBCoreTable {
  const index = stampIndex(stored.schema);
  if (!index) return stored;
  const stampOf = (trans: object): PromiseLike<number> => {
    let perStore = transactionStamps.get(trans);
    if (!perStore) transactionStamps.set(trans, (perStore = new Map()));
    let stamp = perStore.get(stored.name);
    if (!stamp) {
      // DBCoreRangeType is a const enum, which this build cannot import: 3 is Any.
      const any = { type: 3 } as DBCoreKeyRange;
      stamp = stored
        .query({ trans: trans as never, values: true, limit: 1, direction: 'prev', query: { index, range: any } })
        .then(({ result }) => ((result[0] as Record<string, unknown> | undefined)?.[stampProperty] as number | undefined ?? 0) + 1);
      perStore.set(stored.name, stamp);
    }
    return stamp;
  };
  return {
    ...stored,
    mutate: (req) => {
      if (req.type !== 'add' && req.type !== 'put') return stored.mutate(req);
      return stampOf(req.trans).then((stamp) => {
        // The values are the sealing mapping's fresh stored shapes: stamped in place.
        for (const value of req.values as Record<string, unknown>[]) value[stampProperty] = stamp;
        return stored.mutate(req);
      }) as never;
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
  return openAllAsync(key, table.schema, result);
}

/** Opens stored records with WebCrypto, outside any transaction. */
function openAllAsync(key: DataKey, schema: DBCoreTableSchema, stored: Record<string, unknown>[]): Promise<unknown[]> {
  const shape = storedShape(schema);
  return Promise.all(
    stored.map(async (record) => {
      const { [sealedProperty]: sealed, [stampProperty]: _stamp, ...rest } = record;
      if (!(sealed instanceof Uint8Array)) return rest;
      return { ...rest, ...((await openAsync(key, shape.context(rest), sealed)) as Record<string, unknown>) };
    }),
  );
}

/** What a stamped store holds beyond a stamp, at one moment (`readStampedAfter`). */
export interface StampedChanges {
  /** The rows stamped above the given stamp, opened. */
  rows: unknown[];
  /** The store's highest stamp (0 when no row has one). */
  stamp: number;
  /** Rows in the store, tombstones included. */
  count: number;
}

/**
 * For each stamped store in `after`, the rows written after its stamp (see `stampProperty`), with
 * the store's highest stamp and row count, all read in one transaction (so they agree, and one
 * wait covers every store), then opened with WebCrypto. How the search index catches up on a
 * saved snapshot without reading every row.
 */
export async function readStampedAfter(core: DBCore, key: DataKey, after: Readonly<Record<string, number>>): Promise<Record<string, StampedChanges>> {
  const stores = Object.keys(after);
  const trans = core.transaction(stores, 'readonly');
  const any = { type: 3 } as DBCoreKeyRange;
  const reads = stores.map(async (store) => {
    const table = core.table(store);
    const index = stampIndex(table.schema);
    if (!index) throw new Error(`${store} does not index write stamps`);
    const range = { type: 2, lower: after[store], lowerOpen: true, upper: undefined, upperOpen: false } as DBCoreKeyRange;
    const [changed, last, count] = await Promise.all([
      table.query({ trans, values: true, query: { index, range } }),
      table.query({ trans, values: true, limit: 1, direction: 'prev', query: { index, range: any } }),
      table.count({ trans, query: { index: table.schema.primaryKey, range: any } }),
    ]);
    const highest = (last.result[0] as Record<string, unknown> | undefined)?.[stampProperty];
    return { schema: table.schema, stored: changed.result as Record<string, unknown>[], stamp: typeof highest === 'number' ? highest : 0, count };
  });
  const read = await Promise.all(reads);
  const opened = await Promise.all(read.map(({ schema, stored }) => openAllAsync(key, schema, stored)));
  return Object.fromEntries(stores.map((store, i) => [store, { rows: opened[i]!, stamp: read[i]!.stamp, count: read[i]!.count }]));
}

/** Seals `bytes` with WebCrypto for a `sealedAsideStores` row: `{ key: id, sealed }`. */
export async function sealAside(key: DataKey, store: string, id: string, bytes: Uint8Array<ArrayBuffer>) {
  return { key: id, sealed: await sealBytesAsync(key, `${store}/${id}`, bytes) };
}

/** Opens what `sealAside` sealed for the same store and id; throws `SealError` otherwise. */
export function openAside(key: DataKey, store: string, id: string, sealed: Uint8Array) {
  return openBytesAsync(key, `${store}/${id}`, sealed);
}
