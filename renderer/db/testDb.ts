import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DataKey } from '../security/keyring';
import { AttacheDb, type AttacheDbOptions } from './AttacheDb';

/**
 * A database on its own in-memory IndexedDB (fake-indexeddb), for unit tests: nothing is shared
 * between two calls, so tests never see each other's rows. Sealed with a fresh data key, as the
 * app's databases are, unless `dataKey` is given (`undefined`: a database written in clear).
 * Not used by the app.
 */
export function makeTestDb(name = 'attache-ws-test', options: AttacheDbOptions = {}, factory = new IDBFactory()): AttacheDb {
  const dataKey = 'dataKey' in options ? options.dataKey : newTestDataKey();
  return new AttacheDb(name, { indexedDB: factory, IDBKeyRange, ...options, dataKey });
}

/** A random data key, as an unlocked profile holds one. */
export function newTestDataKey(): DataKey {
  return new DataKey(crypto.getRandomValues(new Uint8Array(32)));
}
