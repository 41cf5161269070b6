import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncClient } from './syncClient';
import type { SyncEngine } from './syncEngine';
import { initialSyncState } from './syncState';
import { requestSync, startSyncOwner, syncLockName, type LockManagerLike, type SyncOwner } from './syncOwner';

/** Web Locks semantics for one lock name: exclusive, granted in request order, held until the callback settles. */
function fakeLocks(): LockManagerLike & { names: string[] } {
  let tail: Promise<unknown> = Promise.resolve();
  const names: string[] = [];
  return {
    names,
    request(name, callback) {
      names.push(name);
      const run = tail.then(() => callback());
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

function fakeEngine(): SyncEngine & { syncOnce: ReturnType<typeof vi.fn> } {
  return {
    syncOnce: vi.fn(async () => initialSyncState),
    refreshPending: async () => undefined,
    getState: () => initialSyncState,
    dispose: () => undefined,
  };
}

/** A client whose events stream stays open until aborted and lets the test send pokes. */
function fakeClient() {
  let poke: (v: number) => void = () => undefined;
  const client = {
    events: vi.fn((onPoke: (v: number) => void, signal?: AbortSignal) => {
      poke = onPoke;
      return new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve()));
    }),
  } as unknown as SyncClient;
  return { client, poke: (v: number) => poke(v) };
}

const owners: SyncOwner[] = [];
afterEach(async () => {
  await Promise.all(owners.splice(0).map((o) => o.stop()));
});

describe('sync owner', () => {
  it('lets exactly one window run sync, and hands over when it stops', async () => {
    const locks = fakeLocks();
    const [e1, e2] = [fakeEngine(), fakeEngine()];
    const first = startSyncOwner({ engine: e1, client: fakeClient().client, locks, onlineTarget: null });
    const second = startSyncOwner({ engine: e2, client: fakeClient().client, locks, onlineTarget: null });
    owners.push(first, second);
    await vi.waitFor(() => expect(first.isOwner()).toBe(true));
    expect(second.isOwner()).toBe(false);
    expect(locks.names).toEqual([syncLockName, syncLockName]);
    expect(e1.syncOnce).toHaveBeenCalledTimes(1);
    expect(e2.syncOnce).not.toHaveBeenCalled();

    await first.stop();
    await vi.waitFor(() => expect(second.isOwner()).toBe(true));
    expect(e2.syncOnce).toHaveBeenCalledTimes(1);
  });

  it('syncs on online, on pokes and on requestSync from any window', async () => {
    const engine = fakeEngine();
    const { client, poke } = fakeClient();
    const online = new EventTarget();
    const owner = startSyncOwner({ engine, client, locks: null, onlineTarget: online, intervalMs: 60_000 });
    owners.push(owner);
    await vi.waitFor(() => expect(engine.syncOnce).toHaveBeenCalledTimes(1));

    online.dispatchEvent(new Event('online'));
    expect(engine.syncOnce).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(client.events).toHaveBeenCalled());
    poke(7);
    expect(engine.syncOnce).toHaveBeenCalledTimes(3);
    requestSync(); // as another window would, over BroadcastChannel
    await vi.waitFor(() => expect(engine.syncOnce).toHaveBeenCalledTimes(4));

    await owner.stop();
    const calls = engine.syncOnce.mock.calls.length;
    online.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 80));
    expect(engine.syncOnce.mock.calls.length).toBe(calls);
  });

  it('syncs on a timer', async () => {
    const engine = fakeEngine();
    const owner = startSyncOwner({ engine, client: fakeClient().client, locks: null, onlineTarget: null, intervalMs: 10 });
    owners.push(owner);
    await vi.waitFor(() => expect(engine.syncOnce.mock.calls.length).toBeGreaterThanOrEqual(4));
  });

  it('reopens a dropped events stream', async () => {
    const engine = fakeEngine();
    let opened = 0;
    const client = {
      events: vi.fn(async () => {
        opened += 1;
        throw new Error('offline');
      }),
    } as unknown as SyncClient;
    const owner = startSyncOwner({ engine, client, locks: null, onlineTarget: null, reconnectMs: 5 });
    owners.push(owner);
    await vi.waitFor(() => expect(opened).toBeGreaterThanOrEqual(3));
  });
});
