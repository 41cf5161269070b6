import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttacheBridge } from '../../shared/ipc/contract';

type Listener = (event: unknown, ...args: unknown[]) => void;
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (_channel: string, _request: unknown) => ({ ok: true, value: 'from main' })),
      send: vi.fn(),
      on: vi.fn((channel: string, listener: Listener) => {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      }),
      removeListener: vi.fn((channel: string, listener: Listener) => void listeners.get(channel)?.delete(listener)),
    },
  };
});
vi.mock('electron', () => electron);
electron.contextBridge.exposeInMainWorld.mockImplementation((key: string, api: unknown) => electron.exposed.set(key, api));

await import('./index');
const { attacheBridgeKeys } = await import('../../shared/ipc/contract');
const bridge = electron.exposed.get('attache') as AttacheBridge;

const emit = (channel: string, payload: unknown) =>
  electron.listeners.get(channel)?.forEach((listener) => listener({ sender: electron.ipcRenderer }, payload));

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
});

describe('preload', () => {
  it('exposes exactly one object, window.attache, with exactly the contract keys', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...electron.exposed.keys()]).toEqual(['attache']);
    expect(Object.keys(bridge).sort()).toEqual([...attacheBridgeKeys].sort());
    for (const value of Object.values(bridge)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(electron.ipcRenderer);
    }
  });

  it('invokes contract channels and passes the answer through', async () => {
    await expect(bridge.invoke('files:open', { filters: [] })).resolves.toEqual({ ok: true, value: 'from main' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('files:open', { filters: [] });
  });

  it('carries sync:setServer to the main process, still through invoke and no new key', async () => {
    await expect(bridge.invoke('sync:setServer', { origin: 'https://sync.customs.example' })).resolves.toEqual({
      ok: true,
      value: 'from main',
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('sync:setServer', { origin: 'https://sync.customs.example' });
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onMenuCommand']);
  });

  it('refuses any other channel without reaching the main process', async () => {
    const invoke = bridge.invoke as (channel: string, request: unknown) => Promise<unknown>;
    for (const channel of ['shell:exec', 'menu:command', '__proto__', 'files:save ']) {
      await expect(invoke(channel, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknownChannel' } });
    }
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('delivers menu commands without the IPC event, drops unknown ones, and unsubscribes', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onMenuCommand((...args) => received.push(args));
    emit('menu:command', 'newCase');
    emit('menu:command', 'formatDisk');
    emit('menu:command', { command: 'newCase' });
    expect(received).toEqual([['newCase']]);

    unsubscribe();
    emit('menu:command', 'openSettings');
    expect(received).toEqual([['newCase']]);
    expect(electron.listeners.get('menu:command')?.size).toBe(0);
  });

  it('removes only the listener it added', () => {
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = bridge.onMenuCommand(first);
    const unsubscribeSecond = bridge.onMenuCommand(second);
    unsubscribeFirst();
    emit('menu:command', 'goToCases');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('goToCases');
    unsubscribeSecond();
  });
});
