// Wires each contract channel to the service that answers it. Registration happens when the
// composition root calls this, never as a side effect of importing a module.
import { ipcOk } from '../../shared/ipc/contract';
import type { AppInfo } from '../../shared/ipc/contract';
import { openExternalLink } from './externalUrl';
import type { FileService } from './files';
import type { IpcRouter } from './ipc';

export interface InvokeServices {
  appInfo(): AppInfo;
  files: FileService;
  /** The operating system's link opener (`shell.openExternal`). */
  openExternal(url: string): Promise<void>;
}

/** Registers a handler for every channel of the contract, and only those. */
export function registerInvokeHandlers(router: IpcRouter, services: InvokeServices): void {
  router.handle('app:info', () => ipcOk(services.appInfo()));
  router.handle('files:save', (request, { sender }) => services.files.save(request, sender));
  router.handle('files:open', (request, { sender }) => services.files.open(request, sender));
  router.handle('links:openExternal', ({ url }) => openExternalLink(url, services.openExternal));
}
