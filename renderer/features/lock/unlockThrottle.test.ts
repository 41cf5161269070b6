import { describe, expect, it } from 'vitest';
import { afterFailure, loadThrottle, noFailures, saveThrottle, waitBeforeAttempt } from './unlockThrottle';

describe('unlock throttling', () => {
  it('lets three attempts through, then doubles the wait from 5 s up to 5 minutes', () => {
    let state = noFailures;
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      state = afterFailure(state, 1_000);
      waits.push(waitBeforeAttempt(state, 1_000));
    }
    expect(waits).toEqual([0, 0, 5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
    expect(waitBeforeAttempt(state, 1_000 + 300_000)).toBe(0);
  });

  it('survives a reload through storage, and ignores a damaged entry', () => {
    const items = new Map<string, string>();
    const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
    saveThrottle({ failures: 4, notBefore: 99 }, storage);
    expect(loadThrottle(storage)).toEqual({ failures: 4, notBefore: 99 });
    items.set('attache.unlock.throttle', '{not json');
    expect(loadThrottle(storage)).toEqual(noFailures);
  });
});
