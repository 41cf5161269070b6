import { beforeEach, describe, expect, it } from 'vitest';
import { useCasesStore } from './casesStore';

describe('useCasesStore', () => {
  beforeEach(() => useCasesStore.getState().reset());

  it('sorts ascending on a new column and reverses on a second click', () => {
    const { toggleSort } = useCasesStore.getState();
    toggleSort('title');
    expect(useCasesStore.getState().sort).toEqual({ key: 'title', direction: 'ascending' });
    toggleSort('title');
    expect(useCasesStore.getState().sort).toEqual({ key: 'title', direction: 'descending' });
  });

  it('clears filters but keeps the archived toggle', () => {
    const { setFilter, clearFilters } = useCasesStore.getState();
    setFilter({ text: 'plywood', type: 'ipr', showArchived: true });
    clearFilters();
    expect(useCasesStore.getState().filter).toMatchObject({ text: '', type: null, showArchived: true });
  });
});
