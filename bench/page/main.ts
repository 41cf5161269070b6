// The benchmark page. bench/run.ts calls these functions through Playwright; each returns the
// milliseconds of the measured part only (record generation happens before the clock starts).
// Like the app: zod configured first, under the app's script policy (index.html).
import '../../renderer/app/configureZod';
import { v7 as uuidv7 } from 'uuid';
import { AttacheDb, commitChanges, withClocks, type Change } from '../../renderer/db';
import { createKeyring, DataKey } from '../../renderer/security/keyring';
import { openKeyringStore, type KeyringStore } from '../../renderer/security/keyringStore';
import { workspaceKey } from '../../renderer/security/workspaceKeys';
import { syntheticCases } from '../syntheticCases';
import { writeMeetingsRecords, type MeetingsSizes } from './meetings';
import { deleteDatabase, openRaw, sampleShapes } from './rawIdb';
import { writeRequestRecords } from './requests';
import { riskListDevice } from './riskListDevices';
import { riskListBench } from './riskLists';
import { searchBench } from './searchBench';
import { syncBench } from './sync';

const actor = 'Bench Officer';
const deviceId = '01900000-0000-7000-8000-00000000beef';

function caseIds(count: number): string[] {
  return Array.from({ length: count }, () => uuidv7());
}

/** The profile `setUpProfile` made: sealed writes to a workspace use its key, so the app can open them. */
let profile: { key: DataKey; store: KeyringStore } | null = null;

/** A profile as the app keeps one: a keyring for `passphrase` (nothing left to seal) and its key. */
async function setUpProfile(passphrase: string): Promise<void> {
  const { keyring, dataKey } = await createKeyring(passphrase);
  const store = openKeyringStore();
  await store.save({ ...keyring, legacySealed: true });
  profile = { key: dataKey, store };
}

/** The key the app seals `dbName` with: its workspace's key once a profile exists, else a fresh one. */
async function keyFor(dbName: string): Promise<DataKey> {
  const workspaceId = dbName.startsWith('attache-ws-') ? dbName.slice('attache-ws-'.length) : null;
  if (profile && workspaceId) return workspaceKey(profile.store, profile.key, workspaceId);
  return new DataKey(crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * Writes `count` cases through the data layer (row carrying its clocks + outbox + audit) in one
 * call; `sealed`: with a data key, as an unlocked profile writes them (encrypted at rest).
 */
async function writeThroughLayer(dbName: string, count: number, sealed = false): Promise<number> {
  await deleteDatabase(dbName);
  const db = new AttacheDb(dbName, sealed ? { dataKey: await keyFor(dbName) } : {});
  await db.open();
  const changes: Change[] = syntheticCases(count, caseIds(count)).map((record) => ({
    table: 'cases',
    id: record.id,
    op: 'put',
    fields: record,
  }));
  const started = performance.now();
  await commitChanges(db, changes, { actor, deviceId });
  const elapsed = performance.now() - started;
  db.close();
  return elapsed;
}

/**
 * The baseline: one raw IndexedDB transaction putting the same rows, each carrying its clocks as
 * the layer packs them (renderer/db/rowClocks.ts), outbox entries and audit entries the layer
 * stores (shapes compared with a sample the layer wrote, see sampleShapes).
 */
async function writeRaw(dbName: string, count: number): Promise<number> {
  await deleteDatabase(dbName);
  const schemaDb = new AttacheDb(dbName);
  await schemaDb.open();
  schemaDb.close();
  const now = new Date().toISOString();
  const rows: unknown[] = [];
  const outbox: unknown[] = [];
  const audit: unknown[] = [];
  let counter = 0;
  for (const record of syntheticCases(count, caseIds(count))) {
    const hlc = `${String(Date.now()).padStart(15, '0')}-${(counter++).toString(36).padStart(5, '0')}-${deviceId}`;
    const fieldMeta: Record<string, { v: number; hlc: string }> = {};
    const changed: Record<string, { old: unknown; new: unknown }> = {};
    for (const [field, value] of Object.entries(record)) {
      if (field === 'id') continue;
      fieldMeta[field] = { v: 0, hlc };
      changed[field] = { old: null, new: value };
    }
    rows.push(withClocks({ ...record, version: 0, deleted: 0 }, fieldMeta));
    const { id: _id, ...fields } = record; // the layer's push mutation carries the id once, not in fields
    outbox.push({ table: 'cases', id: record.id, op: 'put', fields, hlc, createdAt: now });
    audit.push({ at: now, actor, deviceId, table: 'cases', recordId: record.id, op: 'create', changes: changed });
  }
  const idb = await openRaw(dbName);
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(['cases', 'outbox', 'changeLog'], 'readwrite');
    const cases = tx.objectStore('cases');
    const out = tx.objectStore('outbox');
    const log = tx.objectStore('changeLog');
    for (const row of rows) cases.put(row);
    for (const entry of outbox) out.put(entry);
    for (const entry of audit) log.put(entry);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  const elapsed = performance.now() - started;
  idb.close();
  return elapsed;
}

/** Global search over the sealed workspace `dbName` (written by `writeThroughLayer`), see searchBench.ts. */
async function measureSearch(dbName: string, queries: string[]) {
  const db = new AttacheDb(dbName, { dataKey: await keyFor(dbName) });
  await db.open();
  try {
    return await searchBench(db, queries);
  } finally {
    db.close();
  }
}

/** The requests bench's profile: cases, requests, questions, sealed in the workspace `dbName` (see requests.ts). */
async function writeRequests(dbName: string, caseCount: number, requestCount: number) {
  await deleteDatabase(dbName);
  const db = new AttacheDb(dbName, { dataKey: await keyFor(dbName) });
  await db.open();
  try {
    return await writeRequestRecords(db, caseCount, requestCount, { actor, deviceId });
  } finally {
    db.close();
  }
}

/** The meetings bench's profile: cases, requests, meetings, action items and the large meeting, sealed in `dbName` (see meetings.ts). */
async function writeMeetings(dbName: string, sizes: MeetingsSizes) {
  await deleteDatabase(dbName);
  const db = new AttacheDb(dbName, { dataKey: await keyFor(dbName) });
  await db.open();
  try {
    return await writeMeetingsRecords(db, sizes, { actor, deviceId });
  } finally {
    db.close();
  }
}

Object.assign(window, {
  attacheBench: { setUpProfile, writeThroughLayer, writeRaw, sampleShapes: (name: string) => sampleShapes(name, true), deleteDatabase, measureSearch, writeRequests },
  attacheMeetingsBench: { writeMeetings },
  attacheSyncBench: syncBench,
  attacheRiskListBench: riskListBench,
  attacheRiskListDevice: riskListDevice,
});
document.getElementById('state')!.textContent = 'ready';
