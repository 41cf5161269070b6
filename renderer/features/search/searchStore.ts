import { create } from 'zustand';
import type { SearchIndexStatus } from './searchFeed';

/** Global search's UI and session state: whether the dialog is open, and how far the index is. */
export interface SearchState {
  dialogOpen: boolean;
  status: SearchIndexStatus;
  setDialogOpen(open: boolean): void;
  setStatus(status: SearchIndexStatus): void;
  reset(): void;
}

const initialStatus: SearchIndexStatus = { phase: 'building', done: 0, total: 0, version: 0 };

export const useSearchStore = create<SearchState>()((set) => ({
  dialogOpen: false,
  status: initialStatus,
  setDialogOpen: (dialogOpen) => set({ dialogOpen }),
  setStatus: (status) => set({ status }),
  reset: () => set({ dialogOpen: false, status: initialStatus }),
}));
