import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

async function loadStore(stored?: object) {
  const storage = memoryStorage(stored ? { 'attache-ui': JSON.stringify({ state: stored, version: 1 }) } : {});
  vi.stubGlobal('localStorage', storage);
  vi.resetModules();
  const { usePreferences } = await import('./preferences');
  await usePreferences.persist.rehydrate();
  return { usePreferences, storage };
}

// Each test re-imports the store (and the i18n modules it needs) fresh: slow on a busy machine.
describe('usePreferences workspace', { timeout: 30_000 }, () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('starts in the local workspace', async () => {
    const { usePreferences } = await loadStore();
    expect(usePreferences.getState().workspaceId).toBe('local');
  });

  it('remembers the enrolled workspace across restarts', async () => {
    const { usePreferences, storage } = await loadStore();
    usePreferences.getState().setWorkspaceId('01J9ZQ7W0B5Y');
    expect(JSON.parse(storage.getItem('attache-ui')!).state.workspaceId).toBe('01J9ZQ7W0B5Y');
    const reloaded = await loadStore({ language: 'vi', displayName: 'An', workspaceId: '01J9ZQ7W0B5Y' });
    expect(reloaded.usePreferences.getState().workspaceId).toBe('01J9ZQ7W0B5Y');
  });

  it('falls back to local for a stored id that cannot name a database', async () => {
    const { usePreferences } = await loadStore({ workspaceId: '../other' });
    expect(usePreferences.getState().workspaceId).toBe('local');
    usePreferences.getState().setWorkspaceId('a b');
    expect(usePreferences.getState().workspaceId).toBe('local');
  });
});
