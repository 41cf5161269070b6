// The window shows the app and nothing else: it never navigates away, never opens windows, and
// never embeds a <webview>. A link the user follows to an allowed external address opens in the
// system browser instead.
import type { WebContents } from 'electron';
import { isAllowedExternalUrl } from './externalUrl';

export interface NavigationPolicy {
  /** Hands a URL to the operating system (in production `shell.openExternal`). */
  openExternal(url: string): Promise<void>;
  /** Logs a refused or failed attempt; never shown to the user. */
  warn(message: string): void;
}

/**
 * Applies the policy to one webContents (the composition root calls this for every webContents
 * created). In-page hash navigation (the app's router) does not raise `will-navigate`, and
 * `loadURL` from the main process is not affected, so denying every navigation costs nothing.
 */
export function lockDownNavigation(contents: WebContents, policy: NavigationPolicy): void {
  const handOff = (url: string): void => {
    if (!isAllowedExternalUrl(url)) {
      policy.warn(`Refused to open ${url}`);
      return;
    }
    policy.openExternal(url).catch((error: unknown) => policy.warn(`Could not open ${url}: ${String(error)}`));
  };

  contents.on('will-navigate', (event) => {
    event.preventDefault();
    handOff(event.url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    handOff(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
