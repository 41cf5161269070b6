// Composition root of the main process (CONVENTIONS.md "The main process is a composition
// root"): it creates the services, hands them their dependencies and wires Electron's events.
// The other modules only export functions; state lives in this function's scope, not in globals.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Notification, powerMonitor, safeStorage, session, shell } from 'electron';
import { describeApp } from './appInfo';
import { appEntryUrl, appOrigin, buildCsp, registerAppSchemePrivileges } from './appProtocol';
import { serveAppProtocol } from './appResponse';
import { createFileService } from './files';
import { registerInvokeHandlers } from './handlers';
import { createKeychain } from './keychain';
import { createIpcRouter, sendEvent } from './ipc';
import { installApplicationMenu } from './menu';
import { menuLabels, menuLanguageFor } from './menuLabels';
import { lockDownNavigation } from './navigation';
import { createNotifier } from './notifications';
import { denyAllPermissions } from './permissions';
import { lockOnPowerEvents } from './powerLock';
import { loadSyncServerStore, syncServerFileName } from './syncServerStore';
import { createMainWindow } from './window';

function main(): void {
  // Both must happen before `ready`: Electron accepts scheme privileges only then, and a second
  // instance should quit before it creates anything.
  registerAppSchemePrivileges();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.setAppUserModelId('org.attache.desktop');

  const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // electron-vite dev serves the renderer with hot reload; a packaged app never follows the variable.
  const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined;
  const log = (message: string): void => console.warn(`[attache] ${message}`);
  let mainWindow: BrowserWindow | null = null;

  const openMainWindow = (): void => {
    const icon = app.isPackaged ? undefined : path.join(app.getAppPath(), 'assets', 'icon.png');
    const window = createMainWindow(
      { preload: path.join(outDir, 'preload', 'index.cjs'), ...(icon === undefined ? {} : { icon }) },
      devServerUrl ?? appEntryUrl,
      log,
    );
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };

  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) =>
    lockDownNavigation(contents, { openExternal: (url) => shell.openExternal(url), warn: log }),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(async () => {
      denyAllPermissions(session.defaultSession);
      const syncServer = await loadSyncServerStore({
        filePath: path.join(app.getPath('userData'), syncServerFileName),
        log,
      });
      serveAppProtocol({
        rootDir: path.join(outDir, 'renderer'),
        csp: () => buildCsp({ syncServerOrigin: syncServer.get() }),
      });

      const router = createIpcRouter({
        trustedOrigins: devServerUrl === undefined ? [appOrigin] : [appOrigin, devServerUrl],
        log,
      });
      registerInvokeHandlers(router, {
        appInfo: () => describeApp(app, process.versions, process.platform),
        files: createFileService({
          dialogs: dialog,
          documentsDir: app.getPath('documents'),
          windowFor: (sender) => BrowserWindow.fromWebContents(sender),
        }),
        openExternal: (url) => shell.openExternal(url),
        syncServer,
        keychain: createKeychain(safeStorage, process.platform),
        notifier: createNotifier(
          { isSupported: () => Notification.isSupported(), create: (options) => new Notification(options) },
          () => {
            if (mainWindow === null) return;
            if (mainWindow.isMinimized()) mainWindow.restore();
            mainWindow.focus();
          },
        ),
        // On the next turn, so the invoke's answer is sent before the page goes away.
        reload: (contents) =>
          setImmediate(() => {
            if (!contents.isDestroyed()) contents.reload();
          }),
      });

      installApplicationMenu({
        labels: menuLabels[menuLanguageFor(app.getLocale())],
        send: (command) => {
          const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
          if (target !== null) sendEvent(target.webContents, 'menu:command', command);
        },
        isMac: process.platform === 'darwin',
        developerItems: !app.isPackaged,
      });

      lockOnPowerEvents(powerMonitor, () => {
        for (const window of BrowserWindow.getAllWindows()) sendEvent(window.webContents, 'menu:command', 'lock');
      });

      openMainWindow();
      app.on('activate', () => {
        // macOS keeps the app running with no window; clicking the dock icon brings one back.
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
      });
    })
    .catch((error: unknown) => {
      log(`Start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      app.exit(1);
    });
}

main();
