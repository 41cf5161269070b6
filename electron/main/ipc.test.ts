import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, ...args: unknown[]) => unknown;
const electron = vi.hoisted(() => {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    ipcMain: {
      handle: vi.fn((channel: string, listener: Listener) => void handlers.set(channel, listener)),
      removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
    },
  };
});
vi.mock('electron', () => electron);

const { createIpcRouter, isTrustedSender, originOf, sendEvent } = await import('./ipc');
const { ipcOk } = await import('../../shared/ipc/contract');

interface FakeFrame {
  url: string;
  origin: string;
  parent: FakeFrame | null;
}
const appFrame: FakeFrame = { url: 'app://attache/index.html#/cases', origin: 'app://attache', parent: null };
const sender = { id: 1 };
const eventFrom = (senderFrame: FakeFrame | null) => ({ senderFrame, sender });
const log = vi.fn();

function call(channel: string, frame: FakeFrame | null, ...args: unknown[]) {
  const listener = electron.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener(eventFrom(frame), ...args) as Promise<unknown>;
}

beforeEach(() => {
  electron.handlers.clear();
  log.mockClear();
});

describe('IPC router', () => {
  const setUp = (trustedOrigins = ['app://attache']) => {
    const router = createIpcRouter({ trustedOrigins, log });
    const openExternal = vi.fn(async (_request: { url: string }) => ipcOk(null));
    router.handle('links:openExternal', openExternal);
    return { router, openExternal };
  };

  it('passes a valid request from the app main frame to the handler', async () => {
    const { openExternal } = setUp();
    await expect(call('links:openExternal', appFrame, { url: 'https://wcoomd.org' })).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(openExternal).toHaveBeenCalledWith({ url: 'https://wcoomd.org' }, { sender });
  });

  it.each<[string, FakeFrame | null]>([
    ['a foreign https page', { url: 'https://evil.example/', origin: 'https://evil.example', parent: null }],
    ['a file:// page', { url: 'file:///home/user/evil.html', origin: 'file://', parent: null }],
    ['a subframe on the app origin', { ...appFrame, parent: appFrame }],
    ['a foreign subframe', { url: 'https://evil.example/', origin: 'https://evil.example', parent: appFrame }],
    ['a lookalike host', { url: 'app://attache.evil/index.html', origin: 'app://attache.evil', parent: null }],
    ['an opaque (sandboxed) app document', { ...appFrame, origin: 'null' }],
    ['about:blank', { url: 'about:blank', origin: 'null', parent: null }],
    ['a destroyed frame', null],
  ])('refuses %s with forbiddenSender and never runs the handler', async (_name, frame) => {
    const { openExternal } = setUp();
    const result = await call('links:openExternal', frame, { url: 'https://wcoomd.org' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } });
    expect(openExternal).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it('trusts the development server only when it is configured', async () => {
    const devFrame = { url: 'http://localhost:5173/', origin: 'http://localhost:5173', parent: null };
    setUp();
    expect(await call('links:openExternal', devFrame, { url: 'https://a.example' })).toMatchObject({ ok: false });
    electron.handlers.clear();
    setUp(['app://attache', 'http://localhost:5173/']);
    expect(await call('links:openExternal', devFrame, { url: 'https://a.example' })).toMatchObject({ ok: true });
  });

  it.each<[string, unknown[]]>([
    ['no request', []],
    ['two arguments', [{ url: 'https://a.example' }, 'extra']],
    ['a string instead of an object', ['https://a.example']],
    ['a wrong field type', [{ url: 42 }]],
    ['an unknown field', [{ url: 'https://a.example', newWindow: true }]],
    ['null', [null]],
  ])('answers invalidRequest for %s without running the handler', async (_name, args) => {
    const { openExternal } = setUp();
    const result = await call('links:openExternal', appFrame, ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidRequest' } });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('hands the handler the parsed request, with schema defaults filled in', async () => {
    const router = createIpcRouter({ trustedOrigins: ['app://attache'], log });
    const open = vi.fn(async () => ipcOk(null));
    router.handle('files:open', open);
    await call('files:open', appFrame, {});
    expect(open).toHaveBeenCalledWith({ filters: [] }, { sender });
  });

  it('turns a handler bug into an internal error value and logs it', async () => {
    const router = createIpcRouter({ trustedOrigins: ['app://attache'], log });
    router.handle('app:info', () => {
      throw new Error('disk on fire');
    });
    const result = await call('app:info', appFrame, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
    expect(log.mock.calls[0]?.[0]).toContain('disk on fire');
  });

  it('refuses a second handler for a channel, and removes its handlers on dispose', () => {
    const { router } = setUp();
    expect(() => router.handle('links:openExternal', async () => ipcOk(null))).toThrow(/already/);
    router.dispose();
    expect(electron.ipcMain.removeHandler).toHaveBeenCalledWith('links:openExternal');
    expect(electron.handlers.size).toBe(0);
  });
});

describe('sender checks', () => {
  it('computes origins of custom and web schemes', () => {
    expect(originOf('app://attache/index.html?x#y')).toBe('app://attache');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('::')).toBeNull();
  });

  it('trusts only a live main frame on a trusted origin', () => {
    const trusted = new Set<string | null>(['app://attache']);
    const asFrame = (f: FakeFrame | null) => f as unknown as Parameters<typeof isTrustedSender>[0];
    expect(isTrustedSender(asFrame(appFrame), trusted)).toBe(true);
    expect(isTrustedSender(asFrame({ ...appFrame, parent: appFrame }), trusted)).toBe(false);
    expect(isTrustedSender(asFrame(null), trusted)).toBe(false);
  });
});

it('sends main → renderer events only to a live window', () => {
  const live = { isDestroyed: () => false, send: vi.fn() };
  const closed = { isDestroyed: () => true, send: vi.fn() };
  type Contents = Parameters<typeof sendEvent>[0];
  sendEvent(live as unknown as Contents, 'menu:command', 'newCase');
  sendEvent(closed as unknown as Contents, 'menu:command', 'newCase');
  expect(live.send).toHaveBeenCalledWith('menu:command', 'newCase');
  expect(closed.send).not.toHaveBeenCalled();
});
