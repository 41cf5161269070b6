import type { AppInfo } from '../../shared/ipc/contract';

/** The slice of Electron's `app` that describes the running application. */
export interface AppIdentity {
  getName(): string;
  getVersion(): string;
  getLocale(): string;
}

/** Facts for the About panel; `versions` and `platform` are Node's `process` fields. */
export function describeApp(
  app: AppIdentity,
  versions: Partial<Record<'electron' | 'chrome', string>>,
  platform: string,
): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    electronVersion: versions.electron ?? '',
    chromeVersion: versions.chrome ?? '',
    platform,
    locale: app.getLocale(),
  };
}
