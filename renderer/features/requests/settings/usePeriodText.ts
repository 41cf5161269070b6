import { useTranslation } from 'react-i18next';
import type { Period } from '../../../../shared/domain';

/** "45 days, Business days": a period as the section writes it. */
export function usePeriodText(): (period: Period) => string {
  const { t } = useTranslation();
  return (p) => t('requestDeadlines.period', { amount: p.amount, unit: t(`requestDeadlines.units.${p.unit}`), dayKind: t(`requestDeadlines.dayKinds.${p.dayKind}`) });
}
