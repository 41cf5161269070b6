import { useTranslation } from 'react-i18next';
import { Badge } from '../../components';

/** "Overdue" in words beside the date, so lateness is never shown by colour alone. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return <Badge tone="danger">{t('actionItems.overdue')}</Badge>;
}
