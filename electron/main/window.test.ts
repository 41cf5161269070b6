import { beforeEach, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  class BrowserWindow {
    static created: BrowserWindow[] = [];
    static loadError: Error | null = null;
    listeners = new Map<string, () => void>();
    loadURL = vi.fn(async (_url: string) => {
      if (BrowserWindow.loadError) throw BrowserWindow.loadError;
    });
    show = vi.fn();
    constructor(readonly options: unknown) {
      BrowserWindow.created.push(this);
    }
    once(event: string, listener: () => void) {
      this.listeners.set(event, listener);
    }
  }
  return { BrowserWindow };
});
vi.mock('electron', () => electron);

const { createMainWindow } = await import('./window');

beforeEach(() => {
  electron.BrowserWindow.created.length = 0;
  electron.BrowserWindow.loadError = null;
});

it('isolates and sandboxes the page, with no Node, web security on and no middle-click opening', () => {
  createMainWindow({ preload: '/app/out/preload/index.cjs' }, 'app://attache/index.html', vi.fn());
  const options = electron.BrowserWindow.created[0]?.options as Electron.BrowserWindowConstructorOptions;
  expect(options.webPreferences).toEqual({
    preload: '/app/out/preload/index.cjs',
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    disableBlinkFeatures: 'Auxclick',
    spellcheck: true,
  });
  expect(options.show).toBe(false);
  expect(options).not.toHaveProperty('icon');
  createMainWindow({ preload: 'p', icon: '/app/assets/icon.png' }, 'app://attache/index.html', vi.fn());
  expect((electron.BrowserWindow.created[1]?.options as Electron.BrowserWindowConstructorOptions).icon).toBe('/app/assets/icon.png');
});

it('loads the given URL and shows the window only when the first paint is ready', () => {
  const log = vi.fn();
  createMainWindow({ preload: '/p.cjs' }, 'app://attache/index.html', log);
  const window = electron.BrowserWindow.created[0];
  expect(window?.loadURL).toHaveBeenCalledWith('app://attache/index.html');
  expect(window?.show).not.toHaveBeenCalled();
  window?.listeners.get('ready-to-show')?.();
  expect(window?.show).toHaveBeenCalled();
});

it('logs a failed load instead of leaving an unhandled rejection', async () => {
  const log = vi.fn();
  electron.BrowserWindow.loadError = new Error('ERR_FILE_NOT_FOUND');
  createMainWindow({ preload: '/p.cjs' }, 'app://attache/index.html', log);
  await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('ERR_FILE_NOT_FOUND')));
});
