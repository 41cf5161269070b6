import { toNfc } from '../../../shared/domain';

export const maxDeviceNameLength = 200;

type Checked = { value: string; errorKey: string | null };

const loopbackHosts = new Set(['localhost', '[::1]']);

function isLoopback(hostname: string): boolean {
  return loopbackHosts.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Normalises the server address typed in Settings: a full http(s) URL without credentials, query
 * or fragment, returned without a trailing slash. https is required except for a server on this
 * computer (loopback), because the device token travels in every request.
 */
export function checkServerUrl(input: string): Checked {
  const trimmed = input.trim();
  if (!trimmed) return { value: trimmed, errorKey: 'sync.enrollErrors.urlRequired' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { value: trimmed, errorKey: 'sync.enrollErrors.urlInvalid' };
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.search || url.hash) {
    return { value: trimmed, errorKey: 'sync.enrollErrors.urlInvalid' };
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) return { value: trimmed, errorKey: 'sync.enrollErrors.urlInsecure' };
  const value = `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  return { value, errorKey: null };
}

/** The enrollment code as given: codes are read aloud or pasted, so surrounding spaces are dropped. */
export function checkEnrollmentCode(input: string): Checked {
  const value = input.trim();
  return { value, errorKey: value ? null : 'sync.enrollErrors.codeRequired' };
}

/** The device name the administrator sees in `list-devices`: NFC, single spaces, 1–200 characters. */
export function checkDeviceName(input: string): Checked {
  const value = toNfc(input).trim().replace(/\s+/g, ' ');
  if (!value) return { value, errorKey: 'sync.enrollErrors.deviceNameRequired' };
  if (value.length > maxDeviceNameLength) return { value, errorKey: 'sync.enrollErrors.deviceNameTooLong' };
  return { value, errorKey: null };
}

/**
 * A name that tells an administrator whose device this is and what it runs on, e.g.
 * "Nguyễn Văn An · desktop app · linux". `who` is the user's display name (or the app's name when
 * none is set), `kind` the translated host kind, `os` the operating system when the host says.
 */
export function defaultDeviceName(who: string, kind: string, os: string | undefined): string {
  return [who.trim(), kind, os?.trim()].filter(Boolean).join(' · ').slice(0, maxDeviceNameLength);
}
