// Wires each contract channel to the service that answers it. Registration happens when the
// composition root calls this, never as a side effect of importing a module.
import type { WebContents } from 'electron';
import { ipcFail, ipcOk } from '../../shared/ipc/contract';
import type { AppInfo, IpcResult } from '../../shared/ipc/contract';
import { openExternalLink } from './externalUrl';
import type { FileService } from './files';
import type { Keychain } from './keychain';
import type { Notifier } from './notifications';
import type { IpcRouter } from './ipc';
import { printPageToPdf } from './printing';
import type { SyncServerStore } from './syncServerStore';

export interface InvokeServices {
  appInfo(): AppInfo;
  files: FileService;
  /** The operating system's link opener (`shell.openExternal`). */
  openExternal(url: string): Promise<void>;
  /** The sync server the app:// policy allows (read by the protocol handler for each response). */
  syncServer: SyncServerStore;
  /** Reloads the page in `contents`, so the policy its next load receives applies. */
  reload(contents: WebContents): void;
  /** The OS keychain (safeStorage), for officers who opt in to unlock without the passphrase. */
  keychain: Keychain;
  /** Desktop notifications (deadline reminders), Electron's `Notification`. */
  notifier: Notifier;
}

/** Registers a handler for every channel of the contract, and only those. */
export function registerInvokeHandlers(router: IpcRouter, services: InvokeServices): void {
  router.handle('app:info', () => ipcOk(services.appInfo()));
  router.handle('files:save', (request, { sender }) => services.files.save(request, sender));
  router.handle('files:open', (request, { sender }) => services.files.open(request, sender));
  router.handle('links:openExternal', ({ url }) => openExternalLink(url, services.openExternal));
  router.handle('sync:setServer', ({ origin }, { sender }) => setSyncServer(origin, sender, services));
  router.handle('keychain:status', () => services.keychain.status());
  router.handle('keychain:seal', ({ key }) => services.keychain.seal(key));
  router.handle('keychain:open', ({ sealed }) => services.keychain.open(sealed));
  // The page that asked is the page printed: a print view prints itself, never another window.
  router.handle('print:toPdf', (_request, { sender }) => printPageToPdf(sender));
  router.handle('notifications:show', (request) => services.notifier.show(request));
}

/** Saves the new sync server and, when it changed, reloads the caller so its policy follows. */
async function setSyncServer(
  origin: string | null,
  sender: WebContents,
  { syncServer, reload }: Pick<InvokeServices, 'syncServer' | 'reload'>,
): Promise<IpcResult<null>> {
  let changed: boolean;
  try {
    changed = await syncServer.set(origin);
  } catch (error) {
    return ipcFail('ioError', `Could not save the sync server: ${String(error)}`);
  }
  if (changed) reload(sender);
  return ipcOk(null);
}
