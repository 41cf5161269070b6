import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Banner } from '../components';
import { usePreferences } from '../profile';

/**
 * Until the officer has given a name, changes and notes are signed with a placeholder; this says
 * so on every page except Settings, where the name is entered, and goes once a name is saved.
 */
export function NameReminder({ location }: { location: string }) {
  const { t } = useTranslation();
  const displayName = usePreferences((s) => s.displayName);
  if (displayName || location.startsWith('/settings')) return null;
  return (
    <div className="main-notice">
      <Banner
        tone="info"
        title={t('common.nameReminder.title')}
        action={
          <Link href="/settings" className="btn btn-secondary">
            {t('common.nameReminder.action')}
          </Link>
        }
      >
        {t('common.nameReminder.body')}
      </Banner>
    </div>
  );
}
