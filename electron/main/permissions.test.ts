import { expect, it, vi } from 'vitest';
import type { Session } from 'electron';

vi.mock('electron', () => ({}));
const { denyAllPermissions } = await import('./permissions');

it('denies every permission request, check and device, whatever the origin', () => {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  denyAllPermissions(session as unknown as Session);

  const request = session.setPermissionRequestHandler.mock.calls[0]?.[0];
  const check = session.setPermissionCheckHandler.mock.calls[0]?.[0];
  const device = session.setDevicePermissionHandler.mock.calls[0]?.[0];
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid']) {
    const callback = vi.fn();
    request({}, permission, callback, { requestingUrl: 'app://attache/index.html' });
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect(check(null, permission, 'app://attache', {})).toBe(false);
  }
  expect(device({ deviceType: 'usb', origin: 'app://attache' })).toBe(false);
});
