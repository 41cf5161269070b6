// Test support. Dexie's liveQuery never answers under Node (it waits for IndexedDB's change
// events), so tests of live reads replace it: the fake runs its query on subscribe and again
// whenever the test calls the reruns (as Dexie does after a write), and counts subscriptions.
// Imports no Dexie value itself, so a `vi.mock('dexie', …)` factory can use it.
import type * as DexieModule from 'dexie';

export interface LiveQueryLog {
  started: number;
  closed: number;
  /** One per subscription: runs its query again and hands the answer on. */
  reruns: (() => Promise<void>)[];
}

/** Dexie as it is, but with the fake liveQuery recording into `log`. */
export function dexieWithFakeLiveQuery(dexie: typeof DexieModule, log: LiveQueryLog): typeof DexieModule {
  return {
    ...dexie,
    liveQuery: (<T,>(query: () => Promise<T>) => ({
      subscribe: ({ next }: { next: (value: T) => void }) => {
        log.started++;
        const run = () => query().then(next);
        log.reruns.push(run);
        void run();
        return {
          unsubscribe: () => {
            log.closed++;
          },
          closed: false,
        };
      },
    })) as unknown as typeof DexieModule.liveQuery,
  };
}
