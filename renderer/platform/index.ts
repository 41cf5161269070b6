export { ElectronPlatform } from './ElectronPlatform';
export {
  isExternalUrlAllowed,
  PlatformError,
  type AppInfo,
  type DesktopNotification,
  type KeychainStatus,
  type MenuCommand,
  type OpenedFile,
  type Platform,
  type PrintToPdfOptions,
} from './Platform';
export { PlatformProvider, usePlatform } from './PlatformProvider';
export { selectPlatform } from './selectPlatform';
export { WebPlatform } from './WebPlatform';
export { useOnlineStatus } from './useOnlineStatus';
