import { maxMutationsPerPush, type PushMutation, type PushResult } from '../../../shared/sync';
import type { AttacheDb } from '../../db/AttacheDb';
import type { SyncedRecordKey, OutboxEntry } from '../../db/types';
import { readCursor } from './applyPage';
import { flagReconcile } from './reconcileFlag';
import type { SyncClient } from './syncClient';
import { SyncError } from './syncError';
import { clientSchemaVersion, syncMetaKeys } from './syncState';

/** The push mutation of an outbox entry (the entry minus its local `createdAt`). */
function toMutation({ createdAt: _createdAt, ...mutation }: OutboxEntry): PushMutation {
  return mutation;
}

/**
 * Pushes the whole outbox in mutation-id order, in batches of at most 1,000. An entry leaves the
 * outbox only when the server's `lastMutationId` covers it (its outcome is then in the server's
 * mutation log, so a lost answer is harmless: the replay is answered `duplicate`).
 *
 * A covered entry whose answer carries no version (rejected, a conflict or loss that changed
 * nothing, a no-op) or a version this device has already pulled will not come back in the next
 * pull, yet the local view still shows its values: its record is queued for `repairRows`, in the
 * same transaction that removes the entry. Returns the number of entries acknowledged.
 */
export async function pushOutbox(db: AttacheDb, client: SyncClient, deviceId: string): Promise<number> {
  let acknowledged = 0;
  for (;;) {
    const batch = await db.outbox.orderBy(':id').limit(maxMutationsPerPush).toArray();
    if (batch.length === 0) return acknowledged;
    let response;
    try {
      response = await client.push({ deviceId, schemaVersion: clientSchemaVersion, mutations: batch.map(toMutation) });
    } catch (error) {
      if (await closeGap(db, batch, error)) continue;
      throw error;
    }
    const covered = batch.filter((e) => e.mutationId <= response.lastMutationId);
    // The server applies a batch whole or answers an error, so this means a broken server.
    if (covered.length === 0) throw new SyncError('invalid_response', 200, 'The push answer covers none of the mutations sent');
    const results = new Map<number, PushResult>(response.results.map((r) => [r.mutationId, r]));
    const cursor = await readCursor(db);
    const repair: SyncedRecordKey[] = [];
    for (const entry of covered) {
      const version = results.get(entry.mutationId)?.version;
      if (version === undefined || version <= cursor) repair.push([entry.table, entry.id]);
    }
    await db.transaction('rw', db.outbox, db.meta, async () => {
      await db.outbox.bulkDelete(covered.map((e) => e.mutationId));
      if (repair.length > 0) await addRepairs(db, repair);
    });
    acknowledged += covered.length;
  }
}

/**
 * A `mutation_gap` whose `expected` id is below the first entry means the server lost mutations it
 * had acknowledged (restored from a backup): it has never seen these ids, so the outbox is
 * renumbered to start where the server expects (and `lastMutationId` with it, in the same
 * transaction) instead of stalling forever, and the device reconciles with the server at this
 * sync (reconcile.ts). Returns whether it renumbered.
 */
async function closeGap(db: AttacheDb, batch: OutboxEntry[], error: unknown): Promise<boolean> {
  if (!(error instanceof SyncError) || error.code !== 'mutation_gap') return false;
  const expected = (error.details as { expected?: unknown } | undefined)?.expected;
  const first = batch[0]?.mutationId ?? 0;
  if (typeof expected !== 'number' || !Number.isInteger(expected) || expected < 1 || expected >= first) return false;
  await db.transaction('rw', db.outbox, db.meta, async () => {
    const entries = await db.outbox.orderBy(':id').toArray();
    await db.outbox.clear();
    await db.outbox.bulkAdd(entries.map((e, i) => ({ ...e, mutationId: expected + i })));
    await db.meta.put({ key: syncMetaKeys.lastMutationId, value: expected + entries.length - 1 });
    // What it acknowledged and lost may include this device's changes: they are found and sent again.
    await flagReconcile(db);
  });
  return true;
}

/**
 * The highest mutation id the server has acknowledged to this device: entries leave the outbox
 * only when acknowledged, so every id handed out below the first one still waiting. A server whose
 * `lastMutationId` is below it has lost changes it had acknowledged (restored from a backup).
 */
export async function acknowledgedMutationId(db: AttacheDb): Promise<number> {
  const [first] = (await db.outbox.orderBy(':id').limit(1).primaryKeys()) as number[];
  if (first !== undefined) return first - 1;
  const stored = await db.meta.get(syncMetaKeys.lastMutationId);
  return typeof stored?.value === 'number' ? stored.value : 0;
}

export async function readRepairs(db: AttacheDb): Promise<SyncedRecordKey[]> {
  const stored = await db.meta.get(syncMetaKeys.repair);
  return Array.isArray(stored?.value) ? (stored.value as SyncedRecordKey[]) : [];
}

async function addRepairs(db: AttacheDb, keys: SyncedRecordKey[]): Promise<void> {
  const known = await readRepairs(db);
  const seen = new Set(known.map(([t, id]) => `${t}\u0000${id}`));
  for (const key of keys) {
    const k = `${key[0]}\u0000${key[1]}`;
    if (!seen.has(k)) {
      seen.add(k);
      known.push(key);
    }
  }
  await db.meta.put({ key: syncMetaKeys.repair, value: known });
}
