import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AttacheDb, type AttacheDbOptions } from './AttacheDb';

/**
 * A database on its own in-memory IndexedDB (fake-indexeddb), for unit tests: nothing is shared
 * between two calls, so tests never see each other's rows. Not used by the app.
 */
export function makeTestDb(name = 'attache-ws-test', options: AttacheDbOptions = {}, factory = new IDBFactory()): AttacheDb {
  return new AttacheDb(name, { indexedDB: factory, IDBKeyRange, ...options });
}
