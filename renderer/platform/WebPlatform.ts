import { version } from '../../package.json';
import { isExternalUrlAllowed, PlatformError, type AppInfo, type DesktopNotification, type KeychainStatus, type OpenedFile, type Platform, type PrintToPdfOptions } from './Platform';

/** The renderer served to a plain browser (end-to-end tests, an administration's intranet). */
export class WebPlatform implements Platform {
  readonly kind = 'web' as const;

  async appInfo(): Promise<AppInfo> {
    return { name: 'Attaché', version };
  }

  async saveFile(suggestedName: string, data: Uint8Array | string, mediaType: string): Promise<boolean> {
    const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
    const url = URL.createObjectURL(new Blob([part], { type: mediaType }));
    try {
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.click();
    } finally {
      // Revoke on the next task: the download has started by then.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    }
    return true;
  }

  openFile(accept: string[]): Promise<OpenedFile | null> {
    return new Promise((resolve, reject) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept.join(',');
      input.addEventListener('cancel', () => resolve(null));
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        if (!file) return resolve(null);
        file.text().then((text) => resolve({ name: file.name, text }), reject);
      });
      input.click();
    });
  }

  async openExternal(url: string): Promise<void> {
    if (!isExternalUrlAllowed(url)) throw new PlatformError('notAllowed', `Refused to open ${url}`);
    window.open(url, '_blank', 'noopener,noreferrer');
  }

  onMenuCommand(): () => void {
    // A browser tab has no native menu: the keyboard shortcuts are the only route.
    return () => {};
  }

  async setSyncServer(_origin: string | null): Promise<void> {
    // The page's Content-Security-Policy comes from the server that hosts it, not from here.
  }

  // A browser has no keychain a page may use: the passphrase each time (ARCHITECTURE.md).
  async keychainStatus(): Promise<KeychainStatus> {
    return 'unavailable';
  }

  keychainSeal(): Promise<Uint8Array<ArrayBuffer>> {
    return Promise.reject(new PlatformError('notAllowed', 'No OS keychain in a browser'));
  }

  keychainOpen(): Promise<Uint8Array<ArrayBuffer>> {
    return Promise.reject(new PlatformError('notAllowed', 'No OS keychain in a browser'));
  }

  /**
   * A page cannot produce a PDF itself: the browser's print dialog does, with "Save as PDF".
   * Chromium proposes the document's title as the file name, so the title is the file name
   * (without `.pdf`) while the dialog is open. `print()` returns once the dialog closes.
   */
  async printToPdf({ fileName }: PrintToPdfOptions): Promise<null> {
    const title = document.title;
    document.title = fileName.replace(/\.pdf$/i, '');
    try {
      window.print();
    } finally {
      document.title = title;
    }
    return null;
  }

  async notify({ title, body, tag }: DesktopNotification): Promise<void> {
    if (typeof Notification === 'undefined') return;
    try {
      // Asked once: after the user's answer the browser remembers it ('granted' or 'denied').
      const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
      if (permission === 'granted') new Notification(title, { body, ...(tag === undefined ? {} : { tag }) });
    } catch {
      // Some browsers only notify from a service worker and throw here: nothing to show then.
    }
  }
}
