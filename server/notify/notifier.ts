/** Called with the workspace's new version after a push applied changes. */
export type PokeListener = (version: number) => void;

/**
 * Tells connected devices that their workspace changed (the SSE `poke`). Delivery is best effort:
 * a missed poke only delays a pull until the client's timer fires, it never loses data.
 * Invariant: `notify` is called only after the applying transaction committed, so a poked client
 * always finds the change when it pulls.
 */
export interface Notifier {
  notify(workspaceId: string, version: number): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(workspaceId: string, listener: PokeListener): () => void;
  close(): Promise<void>;
}

/** Listeners of one process, by workspace: shared by the in-process and PostgreSQL notifiers. */
export class PokeListeners {
  private readonly byWorkspace = new Map<string, Set<PokeListener>>();

  add(workspaceId: string, listener: PokeListener): () => void {
    let set = this.byWorkspace.get(workspaceId);
    if (!set) this.byWorkspace.set(workspaceId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.byWorkspace.delete(workspaceId);
    };
  }

  emit(workspaceId: string, version: number): void {
    for (const listener of this.byWorkspace.get(workspaceId) ?? []) {
      // One broken connection must not stop the others from hearing the poke.
      try {
        listener(version);
      } catch {
        /* the SSE route removes its listener when its socket closes */
      }
    }
  }

  clear(): void {
    this.byWorkspace.clear();
  }
}

/** Pokes within one server process: the default, and all a single instance on PGlite needs. */
export function createInProcessNotifier(): Notifier {
  const listeners = new PokeListeners();
  return {
    async notify(workspaceId, version) {
      listeners.emit(workspaceId, version);
    },
    subscribe: (workspaceId, listener) => listeners.add(workspaceId, listener),
    async close() {
      listeners.clear();
    },
  };
}
