import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';

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
const { registerInvokeHandlers } = await import('./handlers');
const { createIpcRouter } = await import('./ipc');
const { invokeChannels, ipcOk } = await import('../../shared/ipc/contract');
const { createKeychain } = await import('./keychain');
const { createNotifier } = await import('./notifications');

const info = { name: 'Attaché', version: '0.1.0', electronVersion: '45', chromeVersion: '140', platform: 'linux', locale: 'vi-VN' };

function fakeServices() {
  let origin: string | null = null;
  return {
    appInfo: () => info,
    files: { save: vi.fn(async () => ipcOk({ saved: false as const })), open: vi.fn(async () => ipcOk(null)) },
    openExternal: vi.fn(async () => undefined),
    syncServer: {
      get: () => origin,
      set: vi.fn(async (next: string | null) => {
        const changed = next !== origin;
        origin = next;
        return changed;
      }),
    },
    reload: vi.fn(),
    keychain: createKeychain({ isEncryptionAvailable: () => false, encryptString: vi.fn(), decryptString: vi.fn() }, 'linux'),
    notifier: createNotifier({ isSupported: () => false, create: vi.fn() }, vi.fn()),
  };
}

beforeEach(() => electron.handlers.clear());

it('answers every contract channel through its service', async () => {
  const handlers = new Map<string, (request: unknown, context: { sender: WebContents }) => unknown>();
  const router = { handle: vi.fn((c: string, h: never) => void handlers.set(c, h)), dispose: vi.fn() };
  const services = fakeServices();
  registerInvokeHandlers(router, services);
  expect([...handlers.keys()].sort()).toEqual([...invokeChannels].sort());

  const sender = {} as WebContents;
  expect(await handlers.get('app:info')?.({}, { sender })).toEqual({ ok: true, value: info });
  await handlers.get('files:save')?.({ suggestedName: 'a.txt' }, { sender });
  expect(services.files.save).toHaveBeenCalledWith({ suggestedName: 'a.txt' }, sender);
  await handlers.get('files:open')?.({ filters: [] }, { sender });
  expect(services.files.open).toHaveBeenCalledWith({ filters: [] }, sender);
  expect(await handlers.get('links:openExternal')?.({ url: 'file:///etc/passwd' }, { sender })).toMatchObject({
    ok: false,
    error: { code: 'notAllowed' },
  });
  expect(services.openExternal).not.toHaveBeenCalled();
  // No secret service here: the keychain says so and seals nothing.
  expect(await handlers.get('keychain:status')?.({}, { sender })).toEqual({ ok: true, value: { status: 'unavailable' } });
  expect(await handlers.get('keychain:seal')?.({ key: new Uint8Array(32) }, { sender })).toMatchObject({ ok: false, error: { code: 'notAllowed' } });
});

describe('notifications:show, through the IPC router', () => {
  const appFrame = { url: 'app://attache/index.html#/requests', origin: 'app://attache', parent: null };
  const setUp = () => {
    const shown: unknown[] = [];
    const notifier = createNotifier(
      { isSupported: () => true, create: (options) => (shown.push(options), { show: vi.fn(), close: vi.fn(), on: vi.fn() }) },
      vi.fn(),
    );
    registerInvokeHandlers(createIpcRouter({ trustedOrigins: ['app://attache'], log: vi.fn() }), { ...fakeServices(), notifier });
    const call = (frame: unknown, ...args: unknown[]) =>
      electron.handlers.get('notifications:show')?.({ senderFrame: frame, sender: { id: 1 } }, ...args) as Promise<unknown>;
    return { shown, call };
  };

  it('shows a well-formed notification from the app', async () => {
    const { shown, call } = setUp();
    expect(await call(appFrame, { title: 'Reply overdue', body: '2026-K7QX-0042', tag: 'reply/1' })).toEqual({ ok: true, value: null });
    expect(shown).toEqual([{ title: 'Reply overdue', body: '2026-K7QX-0042' }]);
  });

  it.each([
    ['an empty title', { title: '', body: '' }],
    ['a key the contract does not know', { title: 'T', body: '', icon: 'file:///etc/passwd' }],
    ['a body that is not text', { title: 'T', body: 42 }],
    ['a title of a page', { title: 'T'.repeat(201), body: '' }],
  ])('refuses %s', async (_name, request) => {
    const { shown, call } = setUp();
    expect(await call(appFrame, request)).toMatchObject({ ok: false, error: { code: 'invalidRequest' } });
    expect(shown).toEqual([]);
  });

  it('refuses a foreign page', async () => {
    const { shown, call } = setUp();
    const foreign = { url: 'https://evil.example/', origin: 'https://evil.example', parent: null };
    expect(await call(foreign, { title: 'Your case is closed', body: '' })).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } });
    expect(shown).toEqual([]);
  });
});

describe('sync:setServer, through the IPC router', () => {
  interface FakeFrame {
    url: string;
    origin: string;
    parent: FakeFrame | null;
  }
  const appFrame: FakeFrame = { url: 'app://attache/index.html#/settings', origin: 'app://attache', parent: null };
  const sender = { id: 1 };
  const log = vi.fn();

  const setUp = () => {
    const services = fakeServices();
    registerInvokeHandlers(createIpcRouter({ trustedOrigins: ['app://attache'], log }), services);
    const call = (frame: FakeFrame | null, ...args: unknown[]) =>
      electron.handlers.get('sync:setServer')?.({ senderFrame: frame, sender }, ...args) as Promise<unknown>;
    return { services, call };
  };

  it('stores the origin and reloads the calling window, once per change', async () => {
    const { services, call } = setUp();
    expect(await call(appFrame, { origin: 'https://sync.customs.example' })).toEqual({ ok: true, value: null });
    expect(services.syncServer.get()).toBe('https://sync.customs.example');
    expect(services.reload).toHaveBeenCalledExactlyOnceWith(sender);

    expect(await call(appFrame, { origin: 'https://sync.customs.example' })).toEqual({ ok: true, value: null });
    expect(services.reload).toHaveBeenCalledTimes(1);

    expect(await call(appFrame, { origin: null })).toEqual({ ok: true, value: null });
    expect(services.syncServer.get()).toBeNull();
    expect(services.reload).toHaveBeenCalledTimes(2);
  });

  it('accepts an http server on loopback', async () => {
    const { services, call } = setUp();
    expect(await call(appFrame, { origin: 'http://127.0.0.1:4000' })).toMatchObject({ ok: true });
    expect(services.syncServer.get()).toBe('http://127.0.0.1:4000');
  });

  it.each([
    'http://sync.customs.example',
    'http://10.0.0.5:4000',
    'ftp://sync.customs.example',
    'https://sync.customs.example/api',
    "https://x.example; connect-src *",
    '*',
  ])('answers invalidRequest for %j without storing or reloading', async (origin) => {
    const { services, call } = setUp();
    expect(await call(appFrame, { origin })).toMatchObject({ ok: false, error: { code: 'invalidRequest' } });
    expect(services.syncServer.set).not.toHaveBeenCalled();
    expect(services.reload).not.toHaveBeenCalled();
  });

  it.each<[string, FakeFrame | null]>([
    ['a foreign https page', { url: 'https://evil.example/', origin: 'https://evil.example', parent: null }],
    ['a subframe on the app origin', { ...appFrame, parent: appFrame }],
    ['a destroyed frame', null],
  ])('refuses %s with forbiddenSender', async (_name, frame) => {
    const { services, call } = setUp();
    expect(await call(frame, { origin: 'https://evil.example' })).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } });
    expect(services.syncServer.set).not.toHaveBeenCalled();
    expect(services.reload).not.toHaveBeenCalled();
  });

  it('answers ioError, without reloading, when the file cannot be written', async () => {
    const { services, call } = setUp();
    services.syncServer.set.mockRejectedValueOnce(new Error('EACCES'));
    expect(await call(appFrame, { origin: null })).toMatchObject({ ok: false, error: { code: 'ioError' } });
    expect(services.reload).not.toHaveBeenCalled();
  });
});

describe('print:toPdf, through the IPC router', () => {
  const appFrame = { url: 'app://attache/index.html#/requests/1/letter', origin: 'app://attache', parent: null };
  const setUp = () => {
    registerInvokeHandlers(createIpcRouter({ trustedOrigins: ['app://attache'], log: vi.fn() }), fakeServices());
    const sender = { printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7')) };
    const call = (frame: typeof appFrame | null, request: unknown) =>
      electron.handlers.get('print:toPdf')?.({ senderFrame: frame, sender }, request);
    return { sender, call };
  };

  it('prints the page that asked and answers its PDF bytes', async () => {
    const { sender, call } = setUp();
    expect(await call(appFrame, {})).toEqual({ ok: true, value: { pdf: new Uint8Array(Buffer.from('%PDF-1.7')) } });
    expect(sender.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', displayHeaderFooter: false }));
  });

  it('refuses a foreign frame and an unexpected option without printing', async () => {
    const { sender, call } = setUp();
    expect(await call({ ...appFrame, url: 'https://evil.example/', origin: 'https://evil.example' }, {})).toMatchObject({
      ok: false,
      error: { code: 'forbiddenSender' },
    });
    expect(await call(appFrame, { pageRanges: '1-9999' })).toMatchObject({ ok: false, error: { code: 'invalidRequest' } });
    expect(sender.printToPDF).not.toHaveBeenCalled();
  });
});
