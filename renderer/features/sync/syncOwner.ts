import type { SyncClient } from './syncClient';
import type { SyncEngine } from './syncEngine';
import { SyncError } from './syncError';

/** Web Locks name held by the one window that runs sync for this profile. */
export const syncLockName = 'attache-sync';
/** BroadcastChannel on which any window asks the owner to sync ("Sync now"). */
export const syncChannelName = 'attache-sync';

/** The part of `navigator.locks` used here (injectable for tests). */
export interface LockManagerLike {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
}

export interface SyncOwnerOptions {
  engine: SyncEngine;
  /** For the events stream (pokes). */
  client: SyncClient;
  /** Defaults to `navigator.locks`; `null` (or no Web Locks) runs without a lock. */
  locks?: LockManagerLike | null;
  /** Where `online` fires (defaults to `window` when there is one). */
  onlineTarget?: EventTarget | null;
  /** Periodic sync, default 60 s. */
  intervalMs?: number;
  /** Delay before reopening a dropped events stream, default 5 s (doubling up to 5 min). */
  reconnectMs?: number;
  /** Called when this window becomes (true) or stops being (false) the sync owner. */
  onOwnership?: (owner: boolean) => void;
}

export interface SyncOwner {
  /** Runs a sync now if this window owns sync, else asks the owner to. */
  requestSync(): void;
  isOwner(): boolean;
  /** Releases ownership (another window waiting for the lock takes over) and stops every trigger. */
  stop(): Promise<void>;
}

/**
 * Makes this window compete for sync ownership of the profile. Exactly one window holds the Web
 * Lock and runs the engine, triggered by coming online, server pokes, a timer and `requestSync()`
 * (from any window, via BroadcastChannel). When the owner closes, the browser releases its lock
 * and a waiting window takes over. Without Web Locks (older hosts) this window simply runs sync.
 */
export function startSyncOwner(options: SyncOwnerOptions): SyncOwner {
  const { engine, client } = options;
  const locks = options.locks === undefined ? defaultLocks() : options.locks;
  const onlineTarget = options.onlineTarget === undefined ? defaultWindow() : options.onlineTarget;
  const intervalMs = options.intervalMs ?? 60_000;
  const reconnectMs = options.reconnectMs ?? 5_000;

  let owner = false;
  let stopped = false;
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(syncChannelName) : null;
  const sync = () => {
    if (owner && !stopped) void engine.syncOnce();
  };
  if (channel) channel.onmessage = sync;

  async function own(): Promise<void> {
    if (stopped) return;
    owner = true;
    options.onOwnership?.(true);
    const abort = new AbortController();
    onlineTarget?.addEventListener('online', sync);
    const timer = setInterval(sync, intervalMs);
    const events = listen(abort.signal);
    sync();
    await released;
    abort.abort();
    clearInterval(timer);
    onlineTarget?.removeEventListener('online', sync);
    await events;
    owner = false;
    options.onOwnership?.(false);
  }

  async function listen(signal: AbortSignal): Promise<void> {
    let delay = reconnectMs;
    while (!signal.aborted) {
      try {
        await client.events(() => {
          delay = reconnectMs;
          sync();
        }, signal);
      } catch (error) {
        // A revoked device syncs at once so the engine wipes its data; otherwise (offline,
        // refused) the timer and the online event still trigger syncs meanwhile.
        if (error instanceof SyncError && error.code === 'device_revoked') sync();
      }
      if (signal.aborted) return;
      await wait(delay, signal);
      delay = Math.min(delay * 2, 5 * 60_000);
    }
  }

  const running = locks ? locks.request(syncLockName, own) : own();

  return {
    requestSync() {
      if (owner) sync();
      else requestSync();
    },
    isOwner: () => owner,
    async stop() {
      stopped = true;
      release();
      channel?.close();
      await running;
    },
  };
}

/** Asks whichever window owns sync to sync now ("Sync now"); callable from any window. */
export function requestSync(): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(syncChannelName);
  channel.postMessage('sync');
  channel.close();
}

function defaultLocks(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks ?? null;
}

function defaultWindow(): EventTarget | null {
  return typeof window === 'undefined' ? null : window;
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
