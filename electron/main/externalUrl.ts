// The one policy for what may leave the app for the operating system's browser or mail client.
import { ipcFail, ipcOk } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/contract';

/**
 * True only for `https:` links to a named host without embedded credentials, and `mailto:`
 * links with an address. Everything else (http, file, javascript, data, custom schemes that
 * would start another program, `https://user:pass@…` phishing forms, over-long URLs) is refused.
 */
export function isAllowedExternalUrl(value: string): boolean {
  if (value.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return url.hostname !== '' && url.username === '' && url.password === '';
  if (url.protocol === 'mailto:') return /^[^@\s/]+@[^@\s/]+$/.test(decodeSafely(url.pathname));
  return false;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

/** Handler body for `links:openExternal`: the policy first, then the operating system. */
export async function openExternalLink(
  url: string,
  openExternal: (url: string) => Promise<void>,
): Promise<IpcResult<null>> {
  if (!isAllowedExternalUrl(url)) return ipcFail('notAllowed', 'Only https: and mailto: links are opened');
  try {
    await openExternal(url);
    return ipcOk(null);
  } catch (error) {
    return ipcFail('ioError', `The system could not open the link: ${String(error)}`);
  }
}
