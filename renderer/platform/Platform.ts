import type { KeychainStatus, MenuCommand } from '../../shared/ipc/contract';

/**
 * Commands the host's native menu can send (defined by the IPC contract). The shell routes each
 * one to the same action as its keyboard shortcut, so a menu item and its accelerator agree.
 */
export type { KeychainStatus, MenuCommand };

/** What the About section shows. `version` is the application's semantic version. */
export interface AppInfo {
  name: string;
  version: string;
  /** Host details for bug reports, e.g. "Electron 45.4.1 · Chromium 140 · linux"; absent on the web. */
  runtime?: string;
}

/** A file the user picked. Text only: imports (HS nomenclature, CSV) are text formats. */
export interface OpenedFile {
  name: string;
  text: string;
}

/** A desktop notification, already in the user's language. */
export interface DesktopNotification {
  title: string;
  body: string;
  /** A notification with the tag of one still shown replaces it instead of piling up. */
  tag?: string;
}

/** What `printToPdf` is told: the file name the PDF is saved under, e.g. `2026-K7QX-0042 request.pdf`. */
export interface PrintToPdfOptions {
  fileName: string;
}

/** A host call that failed for an expected reason (`code` from the IPC contract's error codes). */
export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

/**
 * Everything that differs between the two hosts of the renderer (Electron and a plain browser).
 * Chosen once at boot by `selectPlatform()` and handed down through `PlatformProvider`; nothing
 * else in the renderer asks which host it runs in (CONVENTIONS.md, "The renderer does not know it
 * is in Electron"). Methods reject with a `PlatformError` for expected failures.
 */
export interface Platform {
  /** Which host this is; shown in About, never used to branch feature code. */
  readonly kind: 'electron' | 'web';
  appInfo(): Promise<AppInfo>;
  /**
   * Offers `data` to the user as a file named `suggestedName` (a bare name, no folder). Resolves
   * `true` when it was saved, `false` when the user cancelled (the web host cannot tell, and
   * resolves `true` once the download is handed to the browser).
   */
  saveFile(suggestedName: string, data: Uint8Array | string, mediaType: string): Promise<boolean>;
  /** Lets the user pick one file with one of the `accept` extensions (e.g. `['.csv']`); `null` on cancel. */
  openFile(accept: string[]): Promise<OpenedFile | null>;
  /** Opens an https or mailto URL outside the app; any other scheme is refused. */
  openExternal(url: string): Promise<void>;
  /** Subscribes to native menu commands. Returns the function that removes this listener. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Tells the host which sync server this device uses: an origin as `URL.origin` writes it
   * (https, or http on loopback), or `null` once it uses none (disconnected, revoked). The
   * desktop host then allows the page to connect to that origin only (any https server or
   * loopback while `null`) and, when this changes the setting, reloads the page so the new
   * policy applies: call it last, once everything to keep is in IndexedDB or localStorage; the
   * promise may never settle. The web host does nothing (its policy comes from its server).
   */
  setSyncServer(origin: string | null): Promise<void>;
  /**
   * Whether the OS keychain can also wrap the data key, so the officer may unlock without typing
   * the passphrase: `available`, `insecure` (a keychain that protects nothing, refused) or
   * `unavailable` (the web host: the passphrase each time).
   */
  keychainStatus(): Promise<KeychainStatus>;
  /** Seals the 32-byte data key with the OS keychain (rejects unless `available`). */
  keychainSeal(key: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>>;
  /** Opens what `keychainSeal` returned (rejects unless `available`, or if the keychain refuses). */
  keychainOpen(sealed: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>>;
  /**
   * Prints the page as it stands, laid out by its print CSS (a print view: renderer/print), to
   * PDF. The desktop host answers the PDF's bytes (nothing is saved yet: the caller saves them
   * with `saveFile` and may keep them as an attachment). The web host cannot make a PDF itself:
   * it opens the browser's print dialog, where the user saves as PDF, proposing `fileName`, and
   * resolves `null`. Rejects with a `PlatformError` when printing fails.
   */
  printToPdf(options: PrintToPdfOptions): Promise<Uint8Array<ArrayBuffer> | null>;
  /**
   * Shows a desktop notification (the desktop's own, or the browser's, which asks the user's
   * permission the first time). Never rejects: where notifications are refused or missing it
   * resolves without showing anything, since the app shows the same information in its pages.
   */
  notify(notification: DesktopNotification): Promise<void>;
}

/** Only these schemes leave the app (the same policy as the main process applies). */
export function isExternalUrlAllowed(url: string): boolean {
  try {
    return ['https:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
