import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components';
import { LockSettingsSection } from '../lock';
import { SyncSettingsSection } from '../sync';
import { AboutSection } from './AboutSection';
import { LanguageSection } from './LanguageSection';
import { ProfileSection } from './ProfileSection';
import { ReferenceDataSection } from './ReferenceDataSection';

/** Settings: language, the user's name, the lock, synchronisation, the HS nomenclature and About. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <div className="page page-narrow">
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <LanguageSection />
      <ProfileSection />
      <LockSettingsSection />
      <SyncSettingsSection />
      <ReferenceDataSection />
      <AboutSection />
    </div>
  );
}
