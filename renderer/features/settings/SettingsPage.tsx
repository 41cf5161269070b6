import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components';
import { useSettingsSections } from '../../shell';

/** Settings: every feature's section (language, name, lock, sync, reference data…, About) in order. */
export function SettingsPage() {
  const { t } = useTranslation();
  const sections = useSettingsSections();
  return (
    <div className="page page-narrow">
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      {sections.map(({ id, component: Section }) => (
        <Section key={id} />
      ))}
    </div>
  );
}
