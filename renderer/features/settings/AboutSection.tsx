import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../components';
import { usePlatform, type AppInfo } from '../../platform';

/** Version and host, for the user and for their IT support. */
export function AboutSection() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    let current = true;
    platform.appInfo().then(
      (next) => current && setInfo(next),
      // The About panel is informational: without the host's answer it still shows the rest.
      (error: unknown) => console.error('appInfo failed', error),
    );
    return () => {
      current = false;
    };
  }, [platform]);

  return (
    <FormSection title={t('settings.about.title')}>
      <dl className="detail-list">
        <div>
          <dt>{t('settings.about.version')}</dt>
          <dd data-testid="app-version">{info?.version ?? '…'}</dd>
        </div>
        <div>
          <dt>{t('settings.about.host')}</dt>
          <dd>{t(platform.kind === 'electron' ? 'settings.about.hostElectron' : 'settings.about.hostWeb')}</dd>
        </div>
        {info?.runtime ? (
          <div>
            <dt>{t('settings.about.runtime')}</dt>
            <dd>{info.runtime}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('settings.about.storage')}</dt>
          <dd>{t('settings.about.storageValue')}</dd>
        </div>
      </dl>
    </FormSection>
  );
}
