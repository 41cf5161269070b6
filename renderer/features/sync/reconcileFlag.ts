import type { AttacheDb } from '../../db/AttacheDb';
import { syncMetaKeys } from './syncState';

// The reconciliation flag in `meta` (reconcile.ts), set by whatever finds the server lost history:
// a pull (`resetRequired`), a push (`mutation_gap`) or a re-enrollment. Its own module, so each of
// them can set it without importing the reconciliation itself.

/**
 * Starts a reconciliation at the next sync, inside the caller's transaction (which covers `meta`).
 * One already under way stays as it is: turning `'requeuing'` back into `true` would let the next
 * push send the changes queued so far, out of the order they were made in (`requeueUnderWay`).
 */
export async function flagReconcile(db: AttacheDb): Promise<void> {
  if (!(await reconcilePending(db))) await db.meta.put({ key: syncMetaKeys.reconcile, value: true });
}

/** `flagReconcile` in a transaction of its own. */
export function markReconcile(db: AttacheDb): Promise<void> {
  return db.transaction('rw', db.meta, () => flagReconcile(db));
}

export async function reconcilePending(db: AttacheDb): Promise<boolean> {
  const value = (await db.meta.get(syncMetaKeys.reconcile))?.value;
  return value === true || value === 'requeuing';
}

/**
 * Whether a reconciliation cut short (by a crash, a closed lid, a lost network) has queued
 * changes again already. Nothing is pushed then until it has queued them all and put them in
 * hlc order (reconcile.ts `orderOutboxByHlc`): sent in the order of the pages queued so far, a
 * request's sending could reach the server before a rewording of its question still to be queued.
 */
export async function requeueUnderWay(db: AttacheDb): Promise<boolean> {
  return (await db.meta.get(syncMetaKeys.reconcile))?.value === 'requeuing';
}
