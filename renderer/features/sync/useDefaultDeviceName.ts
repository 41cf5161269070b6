import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../profile';
import { usePlatform, type AppInfo } from '../../platform';
import { defaultDeviceName } from './enrollInput';

/** The operating system as the host reports it: last part of the Electron runtime line, else the browser's. */
function hostOs(info: AppInfo | null): string | undefined {
  const fromRuntime = info?.runtime?.split('·').pop()?.trim();
  if (fromRuntime) return fromRuntime;
  if (typeof navigator === 'undefined') return undefined;
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return nav.userAgentData?.platform || nav.platform || undefined;
}

/**
 * A proposed name for this device in the server's device list: the user's name (or the app's),
 * the kind of host and the operating system, e.g. "Nguyễn Văn An · desktop app · linux".
 */
export function useDefaultDeviceName(): string {
  const { t } = useTranslation();
  const platform = usePlatform();
  const displayName = usePreferences((s) => s.displayName);
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let current = true;
    platform.appInfo().then(
      (next) => current && setInfo(next),
      // Without the host's answer the name simply has no operating system in it.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [platform]);
  const kind = t(platform.kind === 'electron' ? 'sync.settings.deviceKindElectron' : 'sync.settings.deviceKindWeb');
  return defaultDeviceName(displayName || t('sync.settings.deviceNameFallback'), kind, hostOs(info));
}
