// The composition root, started against a fake Electron: what a user would notice is which
// window opens with what, that a second launch focuses the first, and that nothing is served or
// answered before the security settings are in place.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Hoisted above the imports, so it loads EventEmitter itself.
const fake = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const userData = await mkdtemp(join(tmpdir(), 'attache-userdata-'));
  const calls: string[] = [];
  let ready: () => void = () => undefined;
  class App extends EventEmitter {
    isPackaged = false;
    hasLock = true;
    readyPromise = new Promise<void>((resolve) => (ready = resolve));
    requestSingleInstanceLock = vi.fn(() => {
      calls.push('requestSingleInstanceLock');
      return this.hasLock;
    });
    quit = vi.fn(() => calls.push('quit'));
    exit = vi.fn();
    whenReady = () => this.readyPromise;
    setAppUserModelId = vi.fn();
    getPath = (name: string) => (name === 'userData' ? userData : '/home/attache/Documents');
    getAppPath = () => '/opt/attache';
    getLocale = () => 'vi-VN';
    getName = () => 'Attaché';
    getVersion = () => '0.1.0';
  }
  class BrowserWindow extends EventEmitter {
    static all: BrowserWindow[] = [];
    static focused: BrowserWindow | null = null;
    static getAllWindows = () => BrowserWindow.all;
    static getFocusedWindow = () => BrowserWindow.focused;
    static fromWebContents = () => BrowserWindow.all[0] ?? null;
    minimized = false;
    webContents = { isDestroyed: () => false, send: vi.fn(), reload: vi.fn() };
    loadURL = vi.fn(async () => undefined);
    isMinimized = () => this.minimized;
    restore = vi.fn(() => (this.minimized = false));
    focus = vi.fn();
    show = vi.fn();
    constructor(readonly options: { webPreferences: { preload: string } }) {
      super();
      calls.push('new BrowserWindow');
      BrowserWindow.all.push(this);
    }
  }
  const state = {
    calls,
    app: new App(),
    ready: () => ready(),
    BrowserWindow,
    userData,
    handled: new Set<string>(),
    ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    appHandler: null as ((request: Request) => Promise<Response>) | null,
    menuTemplate: [] as { submenu?: { label?: string; click?: () => void }[] }[],
    powerMonitor: new EventEmitter(),
  };
  return state;
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.BrowserWindow,
  protocol: {
    registerSchemesAsPrivileged: vi.fn(() => fake.calls.push('registerSchemesAsPrivileged')),
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
      fake.appHandler = handler;
      fake.calls.push(`protocol.handle ${scheme}`);
    }),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(() => fake.calls.push('deny permissions')),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    },
  },
  ipcMain: {
    handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
      fake.handled.add(channel);
      fake.ipcHandlers.set(channel, handler);
    }),
    removeHandler: vi.fn(),
  },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  shell: { openExternal: vi.fn() },
  powerMonitor: fake.powerMonitor,
  safeStorage: { isEncryptionAvailable: () => false, encryptString: vi.fn(), decryptString: vi.fn() },
  Menu: {
    buildFromTemplate: vi.fn((template: typeof fake.menuTemplate) => (fake.menuTemplate = template)),
    setApplicationMenu: vi.fn(),
  },
}));

async function start(options: { hasLock?: boolean; isPackaged?: boolean; rendererUrl?: string } = {}) {
  fake.app.hasLock = options.hasLock ?? true;
  fake.app.isPackaged = options.isPackaged ?? false;
  if (options.rendererUrl !== undefined) vi.stubEnv('ELECTRON_RENDERER_URL', options.rendererUrl);
  await import('./index');
  fake.ready();
  await vi.waitFor(() => expect(fake.BrowserWindow.all.length > 0 || !fake.app.hasLock).toBe(true));
}

beforeEach(async () => {
  await rm(path.join(fake.userData, 'sync-server.json'), { force: true });
  vi.resetModules();
  fake.calls.length = 0;
  fake.BrowserWindow.all.length = 0;
  fake.handled.clear();
  fake.app.removeAllListeners();
  fake.app.readyPromise = new Promise<void>((resolve) => (fake.ready = resolve));
});
afterEach(() => vi.unstubAllEnvs());
afterAll(() => rm(fake.userData, { recursive: true, force: true }));

describe('main process start-up', () => {
  it('opens one sandboxed window on app://attache after the protocol, permissions and IPC are in place', async () => {
    await start();
    const [window] = fake.BrowserWindow.all;
    expect(window?.loadURL).toHaveBeenCalledWith('app://attache/index.html');
    expect(window?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(window?.options.webPreferences.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(fake.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.calls.indexOf('requestSingleInstanceLock'));
    const order = ['deny permissions', 'protocol.handle app', 'new BrowserWindow'].map((c) => fake.calls.indexOf(c));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect([...fake.handled].sort()).toEqual(['app:info', 'files:open', 'files:save', 'keychain:open', 'keychain:seal', 'keychain:status', 'links:openExternal', 'notifications:show', 'print:toPdf', 'sync:setServer']);
  });

  it('quits at once, opening nothing, when another instance holds the lock', async () => {
    await start({ hasLock: false });
    await Promise.resolve();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.calls).not.toContain('new BrowserWindow');
    expect(fake.calls).not.toContain('protocol.handle app');
  });

  it('brings the first window back when a second instance starts', async () => {
    await start();
    const [window] = fake.BrowserWindow.all;
    if (window) window.minimized = true;
    fake.app.emit('second-instance');
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
    expect(fake.BrowserWindow.all).toHaveLength(1);
  });

  it('ignores an empty ELECTRON_RENDERER_URL', async () => {
    await start({ rendererUrl: '' });
    expect(fake.BrowserWindow.all[0]?.loadURL).toHaveBeenCalledWith('app://attache/index.html');
  });

  it('loads the electron-vite dev server in development, never in a packaged app', async () => {
    await start({ rendererUrl: 'http://localhost:5173' });
    expect(fake.BrowserWindow.all[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173');

    vi.resetModules();
    fake.BrowserWindow.all.length = 0;
    fake.app.readyPromise = new Promise<void>((resolve) => (fake.ready = resolve));
    await start({ rendererUrl: 'http://localhost:5173', isPackaged: true });
    expect(fake.BrowserWindow.all[0]?.loadURL).toHaveBeenCalledWith('app://attache/index.html');
  });

  it('sends menu commands to the window, in the system language', async () => {
    await start();
    const [window] = fake.BrowserWindow.all;
    const items = fake.menuTemplate.flatMap((menu) => menu.submenu ?? []);
    items.find((item) => item.label === 'Vụ việc mới')?.click?.();
    expect(window?.webContents.send).toHaveBeenCalledWith('menu:command', 'newCase');
  });

  it('locks the app when the session locks or the computer suspends', async () => {
    await start();
    const [window] = fake.BrowserWindow.all;
    fake.powerMonitor.emit('suspend');
    expect(window?.webContents.send).toHaveBeenCalledWith('menu:command', 'lock');
  });

  it('serves the stored sync server in the policy, and a new one from the reload on', async () => {
    await start();
    const [window] = fake.BrowserWindow.all;
    const connectSrc = async () =>
      /connect-src [^;]*/.exec((await fake.appHandler?.(new Request('app://attache/')))?.headers.get('content-security-policy') ?? '')?.[0];
    expect(await connectSrc()).toBe("connect-src 'self' https: http://127.0.0.1:* http://localhost:*");

    const appFrame = { url: 'app://attache/index.html', origin: 'app://attache', parent: null };
    const answer = await fake.ipcHandlers.get('sync:setServer')?.(
      { senderFrame: appFrame, sender: window?.webContents },
      { origin: 'https://sync.customs.example' },
    );
    expect(answer).toEqual({ ok: true, value: null });
    expect(await connectSrc()).toBe("connect-src 'self' https://sync.customs.example");
    await vi.waitFor(() => expect(window?.webContents.reload).toHaveBeenCalledTimes(1));

    // A new start reads it back from userData.
    vi.resetModules();
    fake.BrowserWindow.all.length = 0;
    fake.app.readyPromise = new Promise<void>((resolve) => (fake.ready = resolve));
    await start();
    expect(await connectSrc()).toBe("connect-src 'self' https://sync.customs.example");
  });
});
