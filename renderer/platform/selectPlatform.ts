import type { AttacheBridge } from '../../shared/ipc/contract';
import { ElectronPlatform } from './ElectronPlatform';
import type { Platform } from './Platform';
import { WebPlatform } from './WebPlatform';

/**
 * Picks the host once at boot: Electron when its preload exposed `window.attache`, the web
 * otherwise. The only code in the renderer that looks at `window.attache`.
 */
export function selectPlatform(host: { attache?: AttacheBridge } = window as { attache?: AttacheBridge }): Platform {
  return host.attache ? new ElectronPlatform(host.attache) : new WebPlatform();
}
