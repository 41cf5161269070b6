// window.attache: the whole surface the page gets from the preload (CONVENTIONS.md "Preload").
// Only contract channels can be invoked and only contract events listened to; `ipcRenderer`
// itself never crosses into the page. Imports from shared/ are the zod-free channel lists
// (a sandboxed preload cannot load npm packages) and types.
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { ipcFail, isInvokeChannel, isMenuCommand } from '../../shared/ipc/channels';
import type { AttacheBridge, MenuCommand } from '../../shared/ipc/contract';

export function createAttacheBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): AttacheBridge {
  const bridge = {
    invoke: (channel, request) =>
      // The type already limits `channel`; the check is for a page that ignores the types.
      isInvokeChannel(channel)
        ? ipc.invoke(channel, request)
        : Promise.resolve(ipcFail('unknownChannel', `${String(channel)} is not an IPC channel of the contract`)),

    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      // The wrapper also keeps Electron's event object (and its `sender`) out of the page.
      const forward = (_event: IpcRendererEvent, command: unknown): void => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on('menu:command', forward);
      return () => {
        ipc.removeListener('menu:command', forward);
      };
    },
  } satisfies AttacheBridge;
  return bridge;
}
