// The sync side of the benchmark page: a real device (enrollment, the sync engine, pokes) against
// the server the bench process started, and the two baselines (raw IndexedDB, PouchDB) in the
// same page, so all three pay the same browser costs. See bench/sync/pageApi.ts for the contract.
import { liveQuery } from 'dexie';
import type { Case } from '../../shared/domain';
import { AttacheDb, commitChanges } from '../../renderer/db';
import {
  createSyncClient,
  createSyncEngine,
  enrollDevice,
  startSyncOwner,
  type SyncEngine,
  type SyncOwner,
  type SyncSettings,
} from '../../renderer/features/sync';
import type { SyncPhase, SyncTimings } from '../../renderer/features/sync/syncTimings';
import { DataKey } from '../../renderer/security/keyring';
import { createKeyring } from '../../renderer/security/keyring';
import { openKeyringStore } from '../../renderer/security/keyringStore';
import { sessionKey, unlockSession } from '../../renderer/security/session';
import type { RawPutParts, SyncBenchApi } from '../sync/pageApi';
import { deleteDatabase, openRaw, sampleShapes as sampleRowShapes } from './rawIdb';

const wallNow = () => performance.timeOrigin + performance.now();

interface Device {
  /** Each phase's time (renderer/features/sync/syncTimings.ts) since the last `syncNow` began. */
  phases: Partial<Record<SyncPhase, number>>;
  db: AttacheDb;
  settings: SyncSettings;
  engine: SyncEngine;
  owner: SyncOwner | null;
}
let device: Device | null = null;
let watch: Promise<number> | null = null;

function current(): Device {
  if (!device) throw new Error('No device enrolled in this page');
  return device;
}

/** An unlocked profile, as the app has before it enrolls: the device's database is sealed with its key. */
async function ensureUnlocked(): Promise<void> {
  if (sessionKey()) return;
  const { dataKey } = await createKeyring('bench ngựa vằn Geneva tàu hỏa 47');
  unlockSession(dataKey, openKeyringStore());
}

async function enroll(serverUrl: string, code: string, deviceName: string) {
  await ensureUnlocked();
  const { settings, db } = await enrollDevice(serverUrl, code, deviceName);
  const phases: Device['phases'] = {};
  // The real client and engine, reporting their phases to this page (the app passes no sink).
  const timings: SyncTimings = (phase, ms) => void (phases[phase] = (phases[phase] ?? 0) + ms);
  const client = createSyncClient({ baseUrl: serverUrl, token: settings.token, timings });
  const engine = createSyncEngine({ db, client, deviceId: settings.deviceId, timings });
  device = { phases, db, settings, engine, owner: null };
  return { dbName: db.name, deviceId: settings.deviceId };
}

async function syncNow() {
  const dev = current();
  for (const phase of Object.keys(dev.phases) as SyncPhase[]) delete dev.phases[phase];
  const started = performance.now();
  const state = await dev.engine.syncOnce();
  const ms = performance.now() - started;
  return { ms, phasesMs: { ...dev.phases }, phase: state.phase, rows: await dev.db.cases.count() };
}

/** What sync stored (`captureStored`), beneath Dexie: sealed rows each carrying its clocks, sync meta. */
let captured: { cases: unknown[]; meta: unknown[] } | null = null;

function readAll(idb: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = idb.transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function captureStored(dbName: string): Promise<{ rows: number; bytes: number }> {
  const idb = await openRaw(dbName);
  const [cases, meta] = await Promise.all([readAll(idb, 'cases'), readAll(idb, 'meta')]);
  idb.close();
  // The rows as the client stores them (schema version 9): sealed, with their clocks in clear
  // (packed by applyPage's localView, renderer/db/rowClocks.ts), so no clock record beside them.
  if (!cases.every((row) => Array.isArray((row as { clocks?: unknown }).clocks))) throw new Error('A stored case row carries no clocks');
  captured = { cases, meta: meta.filter((m) => String((m as { key: string }).key).startsWith('sync.')) };
  const bytes = cases.reduce<number>((sum, row) => sum + ((row as { sealed?: Uint8Array }).sealed?.byteLength ?? 0), 0);
  return { rows: cases.length, bytes };
}

/** The records of `dataUrl` as a pull stores them, sealed by the data layer (db.preseal) with a fresh key. */
async function sealRecords(dataUrl: string): Promise<{ ms: number; rows: number }> {
  const records = (await (await fetch(dataUrl)).json()) as Case[];
  const rows = records.map(({ id, ...fields }, i) => ({ ...fields, id, version: i + 1, deleted: 0 }));
  const name = 'bench-sync-seal';
  const db = new AttacheDb(name, { dataKey: new DataKey(crypto.getRandomValues(new Uint8Array(32))) });
  await db.open();
  const started = performance.now();
  await db.preseal('cases', rows);
  const ms = performance.now() - started;
  await db.delete();
  return { ms, rows: rows.length };
}

/** A fresh database `dbName` of the client's layout (its stores and indexes, the stamp's too), opened raw. */
async function freshClientDb(dbName: string): Promise<IDBDatabase> {
  await deleteDatabase(dbName);
  const schemaDb = new AttacheDb(dbName);
  await schemaDb.open();
  schemaDb.close();
  return openRaw(dbName);
}

/** A fresh database `dbName` with only a `cases` store keyed by id and no index, opened raw. */
async function freshBareDb(dbName: string): Promise<IDBDatabase> {
  await deleteDatabase(dbName);
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('cases', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Puts each store's values in one raw read-write transaction, closes `idb`; the ms until it committed. */
async function timedPut(idb: IDBDatabase, writes: [store: string, values: readonly unknown[]][]): Promise<number> {
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(writes.map(([store]) => store), 'readwrite');
    for (const [store, values] of writes) {
      const target = tx.objectStore(store);
      for (const value of values) target.put(value);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  const ms = performance.now() - started;
  idb.close();
  return ms;
}

function capturedOrThrow(): NonNullable<typeof captured> {
  if (!captured) throw new Error('Nothing captured: sync a device, then captureStored');
  return captured;
}

async function rawPut(dbName: string) {
  const { cases, meta } = capturedOrThrow();
  const ms = await timedPut(await freshClientDb(dbName), [
    ['cases', cases],
    ['meta', meta],
  ]);
  return { ms, rows: cases.length };
}

async function rawPutParts(dbName: string): Promise<RawPutParts> {
  const { cases } = capturedOrThrow();
  const casesBareMs = await timedPut(await freshBareDb(dbName), [['cases', cases]]);
  // What the clocks in the rows cost: the same rows, indexes and all, without them.
  const withoutClocks = (cases as { clocks?: unknown }[]).map(({ clocks: _clocks, ...row }) => row);
  const casesWithoutClocksMs = await timedPut(await freshClientDb(dbName), [['cases', withoutClocks]]);
  const casesWithClocksMs = await timedPut(await freshClientDb(dbName), [['cases', cases]]);
  await deleteDatabase(dbName);
  return { casesBareMs, casesWithoutClocksMs, casesWithClocksMs };
}

async function pouchReplicate(dbUrl: string, dbName: string, batchSize?: number) {
  // Loaded on demand: the data-layer benchmarks never pay for PouchDB.
  const { default: PouchDB } = await import('pouchdb-browser');
  const local = new PouchDB(dbName);
  const started = performance.now();
  await PouchDB.replicate(dbUrl, local, batchSize === undefined ? {} : { batch_size: batchSize });
  const ms = performance.now() - started;
  const docs = (await local.info()).doc_count;
  await local.destroy();
  return { ms, docs };
}

async function listen(): Promise<void> {
  const dev = current();
  const client = createSyncClient({ baseUrl: dev.settings.serverUrl, token: dev.settings.token });
  let connected: () => void = () => undefined;
  const firstPoke = new Promise<void>((resolve) => (connected = resolve));
  // The server pokes once as soon as the stream opens: from then on edits elsewhere reach us.
  const watched = { ...client, events: (onPoke: (v: number) => void, signal?: AbortSignal) => client.events((v) => (connected(), onPoke(v)), signal) };
  dev.owner = startSyncOwner({ engine: dev.engine, client: watched, locks: null, onlineTarget: null, intervalMs: 3_600_000 });
  await firstPoke;
}

function armWatch(caseId: string, title: string): void {
  const { db } = current();
  watch = new Promise<number>((resolve, reject) => {
    const subscription = liveQuery(() => db.cases.get(caseId)).subscribe({
      next: (row) => {
        if (row?.title !== title) return;
        resolve(wallNow());
        queueMicrotask(() => subscription.unsubscribe());
      },
      error: reject,
    });
  });
}

async function awaitWatch(timeoutMs: number): Promise<number> {
  if (!watch) throw new Error('No watch armed');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('edit never arrived')), timeoutMs)));
  try {
    return await Promise.race([watch, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function commitEdit(caseId: string, title: string): Promise<number> {
  const { db, settings, engine } = current();
  const started = wallNow();
  await commitChanges(db, [{ table: 'cases', id: caseId, op: 'put', fields: { title } }], {
    actor: settings.member.name,
    deviceId: settings.deviceId,
  });
  await engine.syncOnce();
  return started;
}

async function dispose(): Promise<void> {
  if (!device) return;
  const { db, engine, owner } = device;
  device = null;
  await owner?.stop();
  engine.dispose();
  await db.delete();
}

export const syncBench: SyncBenchApi = {
  enroll,
  syncNow,
  captureStored,
  sealRecords,
  rawPut,
  rawPutParts,
  pouchReplicate,
  sampleShapes: (name) => sampleRowShapes(name, false),
  listen,
  armWatch,
  awaitWatch,
  commitEdit,
  dispose,
  deleteDatabase,
};
