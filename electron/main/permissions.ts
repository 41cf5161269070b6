// The app needs no web permission (camera, geolocation, notifications from the page, HID…):
// everything host-specific goes through IPC, where it is checked. So every request and every
// check is answered "no", whoever asks.
import type { Session } from 'electron';

/**
 * Denies every permission request, permission check and device access on `session`. A later
 * feature that needs one must add it here deliberately, with the origin it is granted to.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
