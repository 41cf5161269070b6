import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSyncServerStore, syncServerFileName } from './syncServerStore';

let dir: string;
let filePath: string;
const log = vi.fn();

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'attache-sync-server-'));
  filePath = path.join(dir, syncServerFileName);
  log.mockClear();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const load = () => loadSyncServerStore({ filePath, log });

describe('sync server store', () => {
  it('starts unconfigured without a file, and logs nothing', async () => {
    expect((await load()).get()).toBeNull();
    expect(log).not.toHaveBeenCalled();
  });

  it('saves a change to the file, and a new start loads it', async () => {
    const store = await load();
    expect(await store.set('https://sync.customs.example')).toBe(true);
    expect(store.get()).toBe('https://sync.customs.example');
    expect(JSON.parse(await readFile(filePath, 'utf8'))).toEqual({ origin: 'https://sync.customs.example' });
    expect((await load()).get()).toBe('https://sync.customs.example');

    expect(await store.set(null)).toBe(true);
    expect((await load()).get()).toBeNull();
    expect(await readdir(dir)).toEqual([syncServerFileName]);
  });

  it('reports an unchanged value as no change', async () => {
    const store = await load();
    expect(await store.set(null)).toBe(false);
    await store.set('http://127.0.0.1:4000');
    expect(await store.set('http://127.0.0.1:4000')).toBe(false);
  });

  it('keeps the last of two quick changes', async () => {
    const store = await load();
    await Promise.all([store.set('https://a.example'), store.set('https://b.example')]);
    expect(store.get()).toBe('https://b.example');
    expect((await load()).get()).toBe('https://b.example');
  });

  it('refuses to store an origin the policy would not accept, and keeps the old one', async () => {
    const store = await load();
    await store.set('https://sync.customs.example');
    for (const origin of ['http://sync.customs.example', 'https://x.example/path', "https://x.example; script-src *"]) {
      await expect(store.set(origin)).rejects.toThrow();
    }
    expect(store.get()).toBe('https://sync.customs.example');
    expect((await load()).get()).toBe('https://sync.customs.example');
  });

  it.each([
    ['not JSON', '{"origin": '],
    ['an http origin on the network', '{"origin":"http://sync.customs.example"}'],
    ['a URL with a path', '{"origin":"https://sync.customs.example/api"}'],
    ['an injected directive', `{"origin":"https://x.example; script-src 'unsafe-inline'"}`],
    ['an unknown key', '{"origin":"https://sync.customs.example","extra":1}'],
    ['a bare string', '"https://sync.customs.example"'],
  ])('ignores and logs a file holding %s, which counts as unconfigured', async (_name, text) => {
    await writeFile(filePath, text);
    const store = await load();
    expect(store.get()).toBeNull();
    expect(log).toHaveBeenCalledWith(expect.stringContaining(filePath));
    expect(await store.set('https://sync.customs.example')).toBe(true);
    expect((await load()).get()).toBe('https://sync.customs.example');
  });

  it('creates the folder when it does not exist yet', async () => {
    filePath = path.join(dir, 'userData', syncServerFileName);
    const store = await load();
    await store.set('https://sync.customs.example');
    expect((await load()).get()).toBe('https://sync.customs.example');
  });

  it('rejects a failed write and keeps the old value', async () => {
    filePath = path.join(dir, 'blocked', syncServerFileName);
    await writeFile(path.join(dir, 'blocked'), 'a file where the folder should be');
    const store = await load();
    await expect(store.set('https://sync.customs.example')).rejects.toThrow();
    expect(store.get()).toBeNull();
  });
});
