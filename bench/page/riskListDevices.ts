// One device of the "list imported on A, screenable on B" benchmark (bench/riskListBench.ts opens
// two browser contexts, so each device has its own IndexedDB and session). Everything timed is
// the app's code: the import's save, the sync engine (blob upload, push, pull), the fetch of a
// pack this device lacks (RiskListFetcher's readListEntries: download, keep sealed, unpack in the
// risk-list worker) and the screening worker's index. Times are wall-clock epoch ms, so the two
// pages' clocks compare.
import { v7 as uuidv7 } from 'uuid';
import type { RiskEntry } from '../../shared/domain';
import { packRiskListEntries } from '../../shared/riskLists/riskListPack';
import type { AttacheDb } from '../../renderer/db';
import type { ReadAttachmentBytes } from '../../renderer/attachments';
import { readListEntries } from '../../renderer/features/riskLists/data/listEntries';
import { saveRiskListVersion } from '../../renderer/features/riskLists/data/saveRiskListVersion';
import { startScreeningWorker, type ScreeningClient } from '../../renderer/features/riskLists/screening/ScreeningClient';
import { createSyncClient, createSyncEngine, enrollDevice, readAttachmentBytes, type SyncEngine, type SyncSettings } from '../../renderer/features/sync';
import { createKeyring } from '../../renderer/security/keyring';
import { openKeyringStore } from '../../renderer/security/keyringStore';
import { unlockSession } from '../../renderer/security/session';
import { sha256Hex } from '../../renderer/security/sha256';
import { firstVersion } from '../riskListVersions';
import { benchListRecord } from './riskLists';

const wallNow = () => performance.timeOrigin + performance.now();

let device: { db: AttacheDb; engine: SyncEngine; settings: SyncSettings; screening: ScreeningClient } | null = null;

function current() {
  if (!device) throw new Error('enroll() first');
  return device;
}

/**
 * Unlocks a profile, enrolls this page as a device of the workspace, syncs it once and starts the
 * screening worker, as the app does at unlock (all untimed).
 */
async function enroll(serverUrl: string, code: string, deviceName: string): Promise<string> {
  const { dataKey } = await createKeyring('bench ngựa vằn Geneva tàu hỏa 47');
  unlockSession(dataKey, openKeyringStore());
  const { settings, db } = await enrollDevice(serverUrl, code, deviceName);
  const engine = createSyncEngine({ db, client: createSyncClient({ baseUrl: serverUrl, token: settings.token }), deviceId: settings.deviceId });
  const screening = startScreeningWorker();
  await screening.setLists([], []);
  device = { db, engine, settings, screening };
  const state = await engine.syncOnce();
  if (state.phase !== 'upToDate') throw new Error(`first sync ended ${state.phase}`);
  return settings.deviceId;
}

/**
 * Device A: imports a list of `count` entries (generated before the clock) and syncs, as the
 * app's sync owner would right after: `syncOnce` uploads the queued pack, then pushes the list
 * record (uploadBlobs runs before the outbox), then pulls. Returns a listed company to look for.
 */
async function importAndSend(count: number) {
  const { db, engine, settings } = current();
  const listId = uuidv7();
  const entries = firstVersion(count, listId, uuidv7);
  const probe = entries.find((e) => e.subjectType === 'company') as RiskEntry;
  const started = wallNow();
  const bytes = await packRiskListEntries(listId, entries);
  const sha256 = await sha256Hex(bytes);
  const packBytes = bytes.length;
  await saveRiskListVersion(db, { list: { ...benchListRecord(listId), entriesSha256: sha256, entryCount: entries.length }, pack: { sha256, bytes } }, {
    actor: settings.member.name,
    deviceId: settings.deviceId,
  });
  const saved = wallNow();
  const state = await engine.syncOnce();
  const ended = wallNow();
  const sent = state.phase === 'upToDate' && (await db.blobUploads.count()) === 0 && (await db.outbox.count()) === 0;
  return { started, saved, ended, sent, listId, entryCount: entries.length, packBytes, probe: { name: probe.primaryName, entryId: probe.id } };
}

/**
 * Device B: one `syncOnce` (pulls the list record), then what RiskListFetcher and ScreeningEngine
 * do with it: `readListEntries` (the pack downloaded with the client's getBlob and hash check,
 * kept sealed, unpacked and every entry validated in the risk-list worker), `setLists` in the
 * screening worker (started at enrollment), and one company query answered by that index (the
 * quick-screen's `explainCompany`).
 */
async function receiveAndScreen(listId: string, probe: { name: string; entryId: string }) {
  const { db, engine, screening } = current();
  let downloaded = 0;
  const timedRead: ReadAttachmentBytes = async (database, sha256) => {
    const bytes = await readAttachmentBytes(database, sha256);
    downloaded = wallNow();
    return bytes;
  };
  const started = wallNow();
  const state = await engine.syncOnce();
  const list = await db.riskLists.get(listId);
  if (!list) throw new Error(`the list did not arrive (sync ${state.phase})`);
  const pulled = wallNow();
  const entries = await readListEntries(db, list, timedRead);
  const unpacked = wallNow();
  await screening.setLists([listId], [{ listId, entries }]);
  const indexed = wallNow();
  const hits = await screening.quick({ name: probe.name, country: '', identifier: null, hsCode: '' });
  const ended = wallNow();
  return { started, pulled, downloaded, unpacked, indexed, ended, entries: entries.length, found: hits.some((h) => h.entryId === probe.entryId) };
}

async function dispose(): Promise<void> {
  if (!device) return;
  const { db, engine } = device;
  device = null;
  engine.dispose();
  await db.delete();
}

export const riskListDevice = { enroll, importAndSend, receiveAndScreen, dispose };
export type RiskListDeviceApi = typeof riskListDevice;
