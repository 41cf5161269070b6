import { useTranslation } from 'react-i18next';
import { daysLeft } from '../../../../shared/domain';
import { useFormat } from '../../../i18n';

/** "in 12 days", "due today", "3 days overdue": the days left to `dueOn` as of `today`. */
export function useDaysLeftText(): (dueOn: string, today: string) => string {
  const { t } = useTranslation();
  return (dueOn, today) => {
    const left = daysLeft(dueOn, today);
    if (left === 0) return t('requests.due.dueToday');
    return left > 0 ? t('requests.due.daysLeft', { count: left }) : t('requests.due.daysOverdue', { count: -left });
  };
}

/** A due date with its days left, red once overdue (and said so, not only shown in colour). */
export function DueText({ dueOn, today }: { dueOn: string | null; today: string }) {
  const fmt = useFormat();
  const daysLeftText = useDaysLeftText();
  const { t } = useTranslation();
  if (!dueOn) return <>{t('requests.detail.noValue')}</>;
  const overdue = daysLeft(dueOn, today) < 0;
  return (
    <span className={overdue ? 'data-grid-overdue' : undefined}>
      {fmt.date(dueOn)} <span className="muted">({daysLeftText(dueOn, today)})</span>
    </span>
  );
}
