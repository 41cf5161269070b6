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

const { createMainWindow, mainWindowOptions } = await import('./window');

beforeEach(() => {
  electron.BrowserWindow.created.length = 0;
  electron.BrowserWindow.loadError = null;
});

it('isolates and sandboxes the page, with no Node and web security on', () => {
  const options = mainWindowOptions({ preload: '/app/out/preload/index.cjs' });
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
    spellcheck: true,
  });
  expect(options.show).toBe(false);
  expect(options).not.toHaveProperty('icon');
  expect(mainWindowOptions({ preload: 'p', icon: '/app/assets/icon.png' }).icon).toBe('/app/assets/icon.png');
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
