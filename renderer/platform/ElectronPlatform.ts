import type { AttacheBridge, FileFilter, IpcResult } from '../../shared/ipc/contract';
import { PlatformError, type AppInfo, type DesktopNotification, type KeychainStatus, type MenuCommand, type OpenedFile, type Platform, type PrintToPdfOptions } from './Platform';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message);
}

/** IPC's structured clone takes a plain ArrayBuffer view; copy only a view over a shared buffer. */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/** Dialog filters from extensions such as `.csv`: the filter's name is the extension itself ("CSV"). */
export function filtersFor(extensions: string[]): FileFilter[] {
  const bare = extensions.map((e) => e.replace(/^\./, '')).filter((e) => /^[A-Za-z0-9]{1,16}$/.test(e));
  return bare.length ? [{ name: bare.map((e) => e.toUpperCase()).join(', '), extensions: bare }] : [];
}

/** The desktop host: every call goes over `window.attache` to the main process (shared/ipc/contract.ts). */
export class ElectronPlatform implements Platform {
  readonly kind = 'electron' as const;

  constructor(private readonly bridge: AttacheBridge) {}

  async appInfo(): Promise<AppInfo> {
    const info = unwrap(await this.bridge.invoke('app:info', {}));
    return {
      name: info.name,
      version: info.version,
      runtime: `Electron ${info.electronVersion} · Chromium ${info.chromeVersion} · ${info.platform}`,
    };
  }

  async saveFile(suggestedName: string, data: Uint8Array | string, _mediaType: string): Promise<boolean> {
    const extension = /\.([A-Za-z0-9]{1,16})$/.exec(suggestedName)?.[1];
    const result = unwrap(
      await this.bridge.invoke('files:save', {
        suggestedName,
        filters: extension ? filtersFor([extension]) : [],
        content: typeof data === 'string' ? { kind: 'text', text: data } : { kind: 'bytes', bytes: ownBuffer(data) },
      }),
    );
    return result.saved;
  }

  async openFile(accept: string[]): Promise<OpenedFile | null> {
    return unwrap(await this.bridge.invoke('files:open', { filters: filtersFor(accept) }));
  }

  async openExternal(url: string): Promise<void> {
    unwrap(await this.bridge.invoke('links:openExternal', { url }));
  }

  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    return this.bridge.onMenuCommand(listener);
  }

  async setSyncServer(origin: string | null): Promise<void> {
    unwrap(await this.bridge.invoke('sync:setServer', { origin }));
  }

  async keychainStatus(): Promise<KeychainStatus> {
    return unwrap(await this.bridge.invoke('keychain:status', {})).status;
  }

  async keychainSeal(key: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
    return ownBuffer(unwrap(await this.bridge.invoke('keychain:seal', { key })).sealed);
  }

  async keychainOpen(sealed: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
    return ownBuffer(unwrap(await this.bridge.invoke('keychain:open', { sealed })).key);
  }

  // The main process prints this very page; the file name is for the caller's saveFile.
  async printToPdf(_options: PrintToPdfOptions): Promise<Uint8Array<ArrayBuffer>> {
    return ownBuffer(unwrap(await this.bridge.invoke('print:toPdf', {})).pdf);
  }

  async notify({ title, body, tag }: DesktopNotification): Promise<void> {
    // A refused call is logged, not thrown: a reminder that cannot show must not break its caller.
    const result = await this.bridge.invoke('notifications:show', { title, body, ...(tag === undefined ? {} : { tag }) });
    if (!result.ok) console.warn(`Notification not shown: ${result.error.code} ${result.error.message}`);
  }
}
