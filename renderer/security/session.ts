import type { DataKey } from './keyring';

/**
 * The unlocked data key of this window, if any. Module state on purpose: it must never reach a
 * store that devtools or persistence could read, and every database of the page opens with it.
 */
let current: DataKey | null = null;

export function unlockSession(key: DataKey): void {
  current = key;
}

export function sessionKey(): DataKey | null {
  return current?.forgotten ? null : current;
}

/**
 * Locks: overwrites the key and reloads the page, so every decrypted record held in memory
 * (React state, Dexie caches, search indexes) goes with the old page. Sync stops with it.
 */
export function lockSession(reload: () => void = () => window.location.reload()): void {
  current?.forget();
  current = null;
  reload();
}

export class LockedError extends Error {
  constructor() {
    super('The app is locked: unlock it to open the data');
    this.name = 'LockedError';
  }
}
