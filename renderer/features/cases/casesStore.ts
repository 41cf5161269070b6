import { create } from 'zustand';
import { emptyCaseFilter, type CaseFilter, type CaseSort } from './caseFilters';

/**
 * The case list's view state: filters and sort survive going to a case and back (session only,
 * not persisted: a fresh start shows every active case). Case data itself is never copied here;
 * it is read live from the database.
 */
export interface CasesState {
  filter: CaseFilter;
  sort: CaseSort;
  setFilter(patch: Partial<CaseFilter>): void;
  clearFilters(): void;
  /** Sorts by `key`; a second click on the same column reverses the direction. */
  toggleSort(key: CaseSort['key']): void;
  reset(): void;
}

const initialSort: CaseSort = { key: 'reference', direction: 'descending' };

export const useCasesStore = create<CasesState>()((set) => ({
  filter: emptyCaseFilter,
  sort: initialSort,
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  clearFilters: () => set((s) => ({ filter: { ...emptyCaseFilter, showArchived: s.filter.showArchived } })),
  toggleSort: (key) =>
    set((s) => ({
      sort:
        s.sort.key === key
          ? { key, direction: s.sort.direction === 'ascending' ? 'descending' : 'ascending' }
          : { key, direction: 'ascending' },
    })),
  reset: () => set({ filter: emptyCaseFilter, sort: initialSort }),
}));
