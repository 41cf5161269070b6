// The main window. Its security settings are written out in full, not left to Electron's
// defaults, so a reader (and the test beside this file) can see them at a glance.
import { BrowserWindow } from 'electron';

export interface MainWindowPaths {
  /** Absolute path of the built preload, out/preload/index.cjs. */
  preload: string;
  /** The window icon on Linux and Windows (assets/icon.png); macOS takes it from the bundle. */
  icon?: string;
}

/**
 * Creates the one app window and starts loading `url` (app://attache/index.html, or the dev
 * server). Invariants: context isolation, the renderer sandbox and web security are on; Node
 * integration (in the page, workers and subframes) and <webview> are off; middle-click cannot open
 * links (Auxclick); the window is shown only once the first paint is ready, so it never flashes
 * white. The options are written inline in `new BrowserWindow(...)` on purpose: that is where
 * Electronegativity (test/security) reads them. A failed load is logged, not thrown: the window
 * stays open and Reload can try again.
 */
export function createMainWindow({ preload, icon }: MainWindowPaths, url: string, log: (message: string) => void): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Attaché',
    backgroundColor: '#f6f7f9',
    ...(icon === undefined ? {} : { icon }),
    webPreferences: {
      preload,
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
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch((error: unknown) => log(`Could not load ${url}: ${String(error)}`));
  return window;
}
