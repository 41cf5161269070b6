import { create } from 'zustand';
import { emptyAuditFilter, type AuditFilter } from './auditFilter';

/**
 * The audit page's filters: they survive opening a case from the log and coming back (session
 * only, never persisted). Events themselves are read live from the database, never copied here.
 */
export interface AuditState {
  filter: AuditFilter;
  setFilter(patch: Partial<AuditFilter>): void;
  clearFilters(): void;
  reset(): void;
}

export const useAuditStore = create<AuditState>()((set) => ({
  filter: emptyAuditFilter,
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  clearFilters: () => set({ filter: emptyAuditFilter }),
  reset: () => set({ filter: emptyAuditFilter }),
}));
