// The risk-list side of the bench page (bench/riskListBench.ts drives it): storing a version as the
// import does, the raw IndexedDB baseline and the synced-rows alternative, all three with the same
// entries in the same page; and re-screening cases in the app's own screening worker. Entries and
// cases are generated before any clock starts.
import { v7 as uuidv7 } from 'uuid';
import type { RiskEntry, RiskList } from '../../shared/domain';
import { packRiskListEntries } from '../../shared/riskLists/riskListPack';
import { AttacheDb, commitChanges, type Change } from '../../renderer/db';
import { saveRiskListVersion } from '../../renderer/features/riskLists/data/saveRiskListVersion';
import { startScreeningWorker } from '../../renderer/features/riskLists/screening/ScreeningClient';
import { DataKey } from '../../renderer/security/keyring';
import { sha256Hex } from '../../renderer/security/sha256';
import { firstVersion, nextVersion } from '../riskListVersions';
import { syntheticScreenedCases } from '../syntheticScreenedCases';
import { deleteDatabase } from './rawIdb';

const ctx = { actor: 'Bench Officer', deviceId: '01900000-0000-7000-8000-00000000beef' };

/** The list record an import stores (useListImport.ts), without the pack's hash and count. */
export function benchListRecord(id: string, previousListId: string | null = null): Omit<RiskList, 'createdAt' | 'updatedAt' | 'entriesSha256' | 'entryCount'> {
  return {
    id,
    name: 'Bench: high-risk exporters',
    ownerAuthority: 'General Department of Customs',
    source: 'counterpart',
    edition: '2026/1',
    previousListId,
    issuedOn: '2026-01-15',
    receivedOn: '2026-01-20',
    classification: 'officialUse',
    meetingId: null,
    description: '',
  };
}

/** A fresh sealed database, as a workspace's (its own random data key: the cost is the same). */
async function sealedDb(name: string): Promise<AttacheDb> {
  await deleteDatabase(name);
  const db = new AttacheDb(name, { dataKey: new DataKey(crypto.getRandomValues(new Uint8Array(32))) });
  await db.open();
  return db;
}

let listId = '';
let entries: RiskEntry[] = [];

/**
 * Generates the version every measurement below stores (once per page), then stores its first
 * thousand both ways untimed: the first write of a page pays for opening IndexedDB's backing store
 * and compiling the code, which would land on whichever writer runs first.
 */
async function prepare(count: number): Promise<number> {
  listId = uuidv7();
  entries = firstVersion(count, listId, uuidv7);
  await rawPut('bench-rl-warm-up', entries.slice(0, 1000));
  await importPack('bench-rl-warm-up', entries.slice(0, 1000));
  return entries.length;
}

/** Baseline: the entries put as they are, plain IndexedDB (no Dexie), one store keyed by id with no index, one transaction. */
async function rawPut(dbName: string, rows = entries): Promise<number> {
  await deleteDatabase(dbName);
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('entries', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction('entries', 'readwrite');
    const store = tx.objectStore('entries');
    for (const entry of rows) store.put(entry);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  const ms = performance.now() - started;
  idb.close();
  await deleteDatabase(dbName);
  return ms;
}

/**
 * The import's path once the entries exist: packed (gzip JSON), hashed, and stored by
 * `saveRiskListVersion` (pack sealed in `blobs`, upload queued, list record committed) into a
 * sealed database. The app packs and hashes in its worker; here the same calls run in the page.
 */
async function importPack(dbName: string, version = entries) {
  const db = await sealedDb(dbName);
  const started = performance.now();
  const bytes = await packRiskListEntries(listId, version);
  const packed = performance.now();
  const sha256 = await sha256Hex(bytes);
  const hashed = performance.now();
  const size = bytes.length;
  await saveRiskListVersion(db, { list: { ...benchListRecord(listId), entriesSha256: sha256, entryCount: version.length }, pack: { sha256, bytes } }, ctx);
  const ended = performance.now();
  const stored = (await db.riskLists.get(listId))?.entryCount === version.length && (await db.blobs.get(sha256))?.size === size;
  db.close();
  await deleteDatabase(dbName);
  return { ms: ended - started, packMs: packed - started, hashMs: hashed - packed, saveMs: ended - hashed, packBytes: size, stored };
}

/** The alternative the pack replaced: the list record and every entry as synced rows, in one `commitChanges`. */
async function commitRows(dbName: string) {
  const db = await sealedDb(dbName);
  const changes: Change[] = [
    { table: 'riskLists', id: listId, op: 'put', fields: { ...benchListRecord(listId), entriesSha256: '', entryCount: entries.length } },
    ...entries.map((entry): Change => ({ table: 'riskEntries', id: entry.id, op: 'put', fields: entry })),
  ];
  const started = performance.now();
  await commitChanges(db, changes, ctx);
  const ms = performance.now() - started;
  const [rows, outbox] = await Promise.all([db.riskEntries.count(), db.outbox.count()]);
  db.close();
  await deleteDatabase(dbName);
  return { ms, rows, outbox };
}

/**
 * What the app's ScreeningEngine does when a version arrives, in its real worker: `setLists`
 * (the next version's entries cross to the worker, which indexes them and keeps the replaced
 * version's), then `rescreen` (the two are diffed, every case is screened against what the
 * version changed, and `compareCaseScreenings` keeps the cases that gained or lost hits).
 * `firstVersion`: no previous version, so every case is screened against the whole list.
 */
async function rescreen(caseCount: number, firstVersion = false) {
  if (entries.length === 0) throw new Error('prepare() first');
  const nextId = uuidv7();
  const next = nextVersion(entries, nextId, uuidv7);
  const cases = syntheticScreenedCases(caseCount, entries, uuidv7);
  const client = startScreeningWorker();
  // Before the clock: the worker's module loads (the app starts it at unlock, long before a
  // version arrives), and it holds the version in force, as the device did before the next came.
  await client.setLists(firstVersion ? [] : [listId], firstVersion ? [] : [{ listId, entries }]);
  const started = performance.now();
  const indexed = await client.setLists([nextId], [{ listId: nextId, entries: next }]);
  const set = performance.now();
  // The worker kept the version the next one replaced: the app sends it only after a restart.
  const result = await client.rescreen(firstVersion ? null : { listId, entries: client.keptReplaced(listId) ? null : entries }, nextId, cases);
  const ended = performance.now();
  return {
    ms: ended - started,
    setListsMs: set - started,
    rescreenMs: ended - set,
    indexed,
    cases: cases.length,
    screenedAgainst: result.changedEntries,
    changedCases: result.changes.length,
    gained: result.changes.reduce((n, c) => n + c.gained.length, 0),
    lost: result.changes.reduce((n, c) => n + c.lost.length, 0),
  };
}

export const riskListBench = {
  prepare,
  rawPut: (dbName: string) => rawPut(dbName),
  importPack: (dbName: string) => importPack(dbName),
  commitRows,
  rescreen,
  screenAll: (caseCount: number) => rescreen(caseCount, true),
};
export type RiskListBenchApi = typeof riskListBench;
