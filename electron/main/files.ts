// Saving and opening files through the native dialogs. The renderer names a file and hands over
// its content; the user picks the place. The renderer never sees or chooses a path, so a
// compromised page cannot write over ~/.bashrc or read ~/.ssh.
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  BaseWindow,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContents,
} from 'electron';
import { ipcFail, ipcOk, maxOpenBytes } from '../../shared/ipc/contract';
import type { FileFilter, IpcParsedRequest, IpcResult, OpenedFile, SaveFileResult } from '../../shared/ipc/contract';

/** The slice of Electron's `dialog` module the service uses (a fake in tests). */
export interface FileDialogs {
  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

export interface FileServiceDeps {
  dialogs: FileDialogs;
  /** Where the save dialog starts (the user's Documents folder). */
  documentsDir: string;
  /** The window that asked, so the dialog is modal to it; null when it has gone. */
  windowFor(sender: WebContents): BaseWindow | null;
}

export interface FileService {
  save(request: IpcParsedRequest<'files:save'>, sender: WebContents): Promise<IpcResult<SaveFileResult>>;
  open(request: IpcParsedRequest<'files:open'>, sender: WebContents): Promise<IpcResult<OpenedFile>>;
}

const noWindow = 'The window that asked for the dialog has closed';

export function createFileService({ dialogs, documentsDir, windowFor }: FileServiceDeps): FileService {
  return {
    async save({ suggestedName, filters, content }, sender) {
      const window = windowFor(sender);
      if (window === null) return ipcFail('notAllowed', noWindow);
      const choice = await dialogs.showSaveDialog(window, {
        defaultPath: path.join(documentsDir, suggestedName),
        ...dialogFilters(filters),
      });
      if (choice.canceled || !choice.filePath) return ipcOk({ saved: false });
      try {
        await writeFile(choice.filePath, content.kind === 'text' ? content.text : content.bytes);
      } catch (error) {
        return ipcFail('ioError', `Could not write ${choice.filePath}: ${String(error)}`);
      }
      return ipcOk({ saved: true, fileName: path.basename(choice.filePath) });
    },

    async open({ filters }, sender) {
      const window = windowFor(sender);
      if (window === null) return ipcFail('notAllowed', noWindow);
      const choice = await dialogs.showOpenDialog(window, { properties: ['openFile'], ...dialogFilters(filters) });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return ipcOk(null);
      try {
        // Checked before reading, so a multi-gigabyte file is refused without being loaded.
        const { size } = await stat(filePath);
        if (size > maxOpenBytes) {
          return ipcFail('tooLarge', `${path.basename(filePath)} is ${size} bytes; at most ${maxOpenBytes} are accepted`);
        }
        // TextDecoder drops a UTF-8 byte-order mark, which spreadsheet exports often start with.
        const text = new TextDecoder('utf-8').decode(await readFile(filePath));
        return ipcOk({ name: path.basename(filePath), text });
      } catch (error) {
        return ipcFail('ioError', `Could not read ${filePath}: ${String(error)}`);
      }
    },
  };
}

function dialogFilters(filters: FileFilter[]): { filters?: FileFilter[] } {
  return filters.length > 0 ? { filters } : {};
}
