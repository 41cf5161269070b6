import { create } from 'zustand';
import type { SyncSettings } from './syncSettings';
import { initialSyncState, type SyncState } from './syncState';

/** What the UI may know of the enrollment: everything but the token, which stays in the database. */
export type EnrollmentSummary = Omit<SyncSettings, 'token'>;

/**
 * The sync state every window shows. `pending` comes from a live count of the outbox (so it moves
 * the moment a change is saved or acknowledged), the rest from the engine of whichever window owns
 * sync. `revokedWorkspace` names the workspace this device was just removed from, until the user
 * has read the notice. Not persisted: it is rebuilt from the database and the engine on start.
 */
export interface SyncStoreState extends SyncState {
  enrollment: EnrollmentSummary | null;
  revokedWorkspace: string | null;
  /**
   * Set by a successful enrollment, shown by Settings once the enrolled workspace has opened
   * (the form that enrolled is gone by then): its name and how many local records were adopted.
   */
  justEnrolled: { workspaceName: string; adopted: number } | null;
  /** Runs (or asks the owning window to run) a sync; a no-op until sync is running. */
  syncNow: () => void;
  applyEngineState(state: SyncState): void;
  setPending(pending: number): void;
  setEnrollment(enrollment: EnrollmentSummary | null): void;
  setSyncNow(syncNow: () => void): void;
  markRevoked(workspaceName: string): void;
  dismissRevoked(): void;
  setJustEnrolled(justEnrolled: SyncStoreState['justEnrolled']): void;
}

const idle = () => undefined;

export const useSyncStore = create<SyncStoreState>()((set) => ({
  ...initialSyncState,
  enrollment: null,
  revokedWorkspace: null,
  justEnrolled: null,
  syncNow: idle,
  applyEngineState: (state) =>
    set((current) => ({
      phase: state.phase,
      progress: state.progress,
      error: state.error,
      // Another window's report may be older than one already seen: the last sync time never goes back.
      lastSyncAt: Math.max(current.lastSyncAt ?? 0, state.lastSyncAt ?? 0) || null,
    })),
  setPending: (pending) => set({ pending }),
  setEnrollment: (enrollment) =>
    set(enrollment ? { enrollment } : { enrollment: null, ...initialSyncState, syncNow: idle }),
  setSyncNow: (syncNow) => set({ syncNow }),
  markRevoked: (workspaceName) => set({ ...initialSyncState, enrollment: null, revokedWorkspace: workspaceName, syncNow: idle }),
  dismissRevoked: () => set({ revokedWorkspace: null }),
  setJustEnrolled: (justEnrolled) => set({ justEnrolled }),
}));

/** Drops the token from stored settings before they reach the UI store. */
export function summarizeEnrollment({ token: _token, ...summary }: SyncSettings): EnrollmentSummary {
  return summary;
}
