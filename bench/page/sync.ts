// The sync side of the benchmark page: a real device (enrollment, the sync engine, pokes) against
// the server the bench process started, and the two baselines (raw IndexedDB, PouchDB) in the
// same page, so all three pay the same browser costs. See bench/sync/pageApi.ts for the contract.
import { liveQuery } from 'dexie';
import type { Case } from '../../shared/domain';
import { formatHlc } from '../../shared/sync/hlc';
import { AttacheDb, commitChanges, packClocks } from '../../renderer/db';
import {
  createSyncClient,
  createSyncEngine,
  enrollDevice,
  startSyncOwner,
  type SyncEngine,
  type SyncOwner,
  type SyncSettings,
} from '../../renderer/features/sync';
import { createKeyring } from '../../renderer/security/keyring';
import { openKeyringStore } from '../../renderer/security/keyringStore';
import { sessionKey, unlockSession } from '../../renderer/security/session';
import type { SyncBenchApi } from '../sync/pageApi';
import { deleteDatabase, openRaw, sampleShapes as sampleRowShapes } from './rawIdb';

const wallNow = () => performance.timeOrigin + performance.now();

interface Device {
  /** Time spent inside `client.pull` since the last `syncNow` began. */
  pullTime: { ms: number };
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
  const client = createSyncClient({ baseUrl: serverUrl, token: settings.token });
  const pullTime = { ms: 0 };
  const timedClient = {
    ...client,
    async pull(request: Parameters<typeof client.pull>[0]) {
      const started = performance.now();
      try {
        return await client.pull(request);
      } finally {
        pullTime.ms += performance.now() - started;
      }
    },
  };
  const engine = createSyncEngine({ db, client: timedClient, deviceId: settings.deviceId });
  device = { pullTime, db, settings, engine, owner: null };
  return { dbName: db.name, deviceId: settings.deviceId };
}

async function syncNow() {
  const { db, engine, pullTime } = current();
  pullTime.ms = 0;
  const started = performance.now();
  const state = await engine.syncOnce();
  const ms = performance.now() - started;
  return { ms, pullMs: pullTime.ms, phase: state.phase, rows: await db.cases.count() };
}

async function rawPut(dataUrl: string, dbName: string) {
  await deleteDatabase(dbName);
  const schemaDb = new AttacheDb(dbName);
  await schemaDb.open();
  schemaDb.close();
  const records = (await (await fetch(dataUrl)).json()) as Case[];
  // What a pull of these records stores: the row with its version, and its per-field clocks packed
  // as the data layer keeps them (renderer/db/clockPacking.ts).
  const ms0 = Date.now();
  const deviceId = '01900000-0000-7000-8000-0000000000aa';
  const rows = records.map(({ id, ...fields }, i) => ({ ...fields, id, version: i + 1, deleted: 0 }));
  const clocks = records.map(({ id, ...fields }, i) => {
    const hlc = formatHlc({ ms: ms0, counter: i, deviceId });
    const clock: Record<string, { v: number; hlc: string }> = {};
    for (const field of Object.keys(fields)) clock[field] = { v: i + 1, hlc };
    return packClocks({ table: 'cases', id, fields: clock });
  });
  const idb = await openRaw(dbName);
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(['cases', 'fieldMeta', 'meta'], 'readwrite');
    const cases = tx.objectStore('cases');
    const meta = tx.objectStore('fieldMeta');
    for (const row of rows) cases.put(row);
    for (const entry of clocks) meta.put(entry);
    tx.objectStore('meta').put({ key: 'sync.cursor', value: rows.length });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  const ms = performance.now() - started;
  idb.close();
  return { ms, rows: rows.length };
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
  rawPut,
  pouchReplicate,
  sampleShapes: (name) => sampleRowShapes(name, false),
  listen,
  armWatch,
  awaitWatch,
  commitEdit,
  dispose,
  deleteDatabase,
};
