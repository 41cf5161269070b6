import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../profile';
import { Banner, FormSection } from '../../components';
import { EnrolledDevicePanel } from './EnrolledDevicePanel';
import { EnrollForm } from './EnrollForm';
import './sync.css';
import { useSyncStore } from './syncStore';

/**
 * Settings › Synchronisation: the enrollment form while this device works alone; once enrolled,
 * the workspace, member and role, with "Sync now" and "Disconnect". Right after enrolling it says
 * so (and how many records of this device were taken over) until the user leaves Settings.
 */
export function SyncSettingsSection() {
  const { t } = useTranslation();
  const enrollment = useSyncStore((s) => s.enrollment);
  const justEnrolled = useSyncStore((s) => s.justEnrolled);
  useEffect(() => {
    const mountedIn = usePreferences.getState().workspaceId;
    // Enrolling switches workspace, which remounts this section: keep the message across that.
    return () => {
      if (usePreferences.getState().workspaceId === mountedIn) useSyncStore.getState().setJustEnrolled(null);
    };
  }, []);

  return (
    <FormSection title={t('sync.settings.title')} description={t('sync.settings.description')}>
      {enrollment ? (
        <>
          {justEnrolled ? (
            <Banner tone="success" title={t('sync.settings.enrolled', { workspace: justEnrolled.workspaceName })}>
              {justEnrolled.adopted > 0 ? t('sync.settings.adopted', { count: justEnrolled.adopted }) : null}
            </Banner>
          ) : null}
          <EnrolledDevicePanel enrollment={enrollment} />
        </>
      ) : (
        <>
          <p data-testid="sync-not-enrolled">{t('sync.settings.notEnrolled')}</p>
          <EnrollForm />
        </>
      )}
    </FormSection>
  );
}
