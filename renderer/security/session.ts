import type { DataKey } from './keyring';
import type { KeyringStore } from './keyringStore';
import { workspaceKey } from './workspaceKeys';

/**
 * The unlocked profile key of this window, if any, and the store of the keys it opens. Module
 * state on purpose: it must never reach a store that devtools or persistence could read, and
 * every database of the page opens with it.
 */
let current: { key: DataKey; store: KeyringStore } | null = null;
const openedWorkspaceKeys = new Map<string, DataKey>();

export function unlockSession(key: DataKey, store: KeyringStore): void {
  current = { key, store };
}

export function sessionKey(): DataKey | null {
  return current?.key.forgotten ? null : (current?.key ?? null);
}

/** The key of one workspace's database (created on first use); throws `LockedError` while locked. */
export async function sessionWorkspaceKey(workspaceId: string): Promise<DataKey> {
  const session = current;
  if (!session || session.key.forgotten) throw new LockedError();
  const known = openedWorkspaceKeys.get(workspaceId);
  if (known && !known.forgotten) return known;
  const key = await workspaceKey(session.store, session.key, workspaceId);
  openedWorkspaceKeys.set(workspaceId, key);
  return key;
}

/**
 * Destroys a workspace's key (revocation): from here on its database cannot be read on this
 * device, even from what deleting it leaves on disk.
 */
export async function destroySessionWorkspaceKey(workspaceId: string): Promise<void> {
  openedWorkspaceKeys.get(workspaceId)?.forget();
  openedWorkspaceKeys.delete(workspaceId);
  await current?.store.destroyWorkspaceKey(workspaceId);
}

/** Work to finish while the keys are still there (a form draft's last keystrokes, sealed). */
type BeforeLock = () => Promise<void>;
const beforeLock = new Set<BeforeLock>();

/**
 * Registers `flush` to run when the session locks, before the keys are forgotten; answers the
 * function that unregisters it. A flush that has not settled after `beforeLockTimeoutMs` is left
 * behind: locking must not wait on it.
 */
export function onBeforeLock(flush: BeforeLock): () => void {
  beforeLock.add(flush);
  return () => beforeLock.delete(flush);
}

/** How long locking waits for the `onBeforeLock` flushes. */
export const beforeLockTimeoutMs = 2000;

let locking: Promise<void> | null = null;

/**
 * Locks: runs the `onBeforeLock` flushes (bounded by `beforeLockTimeoutMs`), then overwrites the
 * keys and reloads the page, so every decrypted record held in memory (React state, Dexie caches,
 * search indexes) goes with the old page. Sync stops with it. Calls while locking share one lock.
 */
export function lockSession(reload: () => void = () => window.location.reload()): Promise<void> {
  locking ??= (async () => {
    const flushes = Promise.allSettled([...beforeLock].map(async (flush) => flush()));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, beforeLockTimeoutMs)));
    await Promise.race([flushes, timeout]);
    clearTimeout(timer);
    forgetSessionKeys();
    locking = null;
    reload();
  })();
  return locking;
}

/** Overwrites every key this window holds (locking, erasing). */
export function forgetSessionKeys(): void {
  for (const key of openedWorkspaceKeys.values()) key.forget();
  openedWorkspaceKeys.clear();
  current?.key.forget();
  current = null;
}

export class LockedError extends Error {
  constructor() {
    super('The app is locked: unlock it to open the data');
    this.name = 'LockedError';
  }
}
