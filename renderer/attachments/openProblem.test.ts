import { describe, expect, it } from 'vitest';
import { loadBytes, openProblem } from './openProblem';

const syncError = (code: string, status: number) => Object.assign(new Error(code), { name: 'SyncError', code, status });

describe('openProblem', () => {
  it('says the bytes cannot be had at all when the workspace has no server to fetch them from', () => {
    expect(openProblem(null, true)).toBe('notHere');
    expect(openProblem(null, false)).toBe('notHere');
  });

  it('says "no network" when the browser is offline or the request got no answer', () => {
    expect(openProblem({ error: new TypeError('Failed to fetch') }, false)).toBe('offline');
    expect(openProblem({ error: syncError('network', 0) }, true)).toBe('offline');
  });

  it('tells a file the server does not have yet from a server that failed', () => {
    expect(openProblem({ error: syncError('not_found', 404) }, true)).toBe('notUploaded');
    expect(openProblem({ error: syncError('internal', 500) }, true)).toBe('fetchFailed');
    expect(openProblem({ error: undefined }, true)).toBe('fetchFailed');
  });
});

describe('loadBytes', () => {
  it('gives the bytes read, or the problem of a reader that found none or failed', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    expect(await loadBytes(async () => bytes, () => true)).toEqual({ bytes });
    expect(await loadBytes(async () => null, () => true)).toEqual({ problem: 'notHere' });
    expect(await loadBytes(() => Promise.reject(new TypeError('Failed to fetch')), () => false)).toEqual({ problem: 'offline' });
  });
});
