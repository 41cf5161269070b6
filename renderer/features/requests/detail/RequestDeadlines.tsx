import { useTranslation } from 'react-i18next';
import { daysLeft, openDeadlines, type VerificationRequest } from '../../../../shared/domain';
import { FormSection } from '../../../components';
import { useFormat } from '../../../i18n';
import type { DeadlineTable } from '../register/registerRows';
import { DueText } from '../register/DueText';

/** Sent, acknowledgement due and received, reply due (after extensions) and received, each with the days left. */
export function RequestDeadlines({ request: r, table, today }: { request: VerificationRequest; table: DeadlineTable; today: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const open = openDeadlines(r, table.rules, table.holidays);
  const dash = t('requests.detail.noValue');
  const rows: [string, React.ReactNode][] = [
    [t('requests.detail.sentOn'), fmt.date(r.sentOn) || dash],
    [t('requests.detail.acknowledgementDue'), open.acknowledgementDueOn ? <DueText dueOn={open.acknowledgementDueOn} today={today} /> : fmt.date(r.acknowledgementDueOn) || dash],
    [t('requests.detail.acknowledgedOn'), fmt.date(r.acknowledgedOn) || dash],
    [t('requests.detail.replyDue'), open.replyDueOn ? <DueText dueOn={open.replyDueOn} today={today} /> : fmt.date(r.extensions.at(-1)?.newDueOn ?? r.replyDueOn) || dash],
    [t('requests.detail.replyReceivedOn'), fmt.date(r.replyReceivedOn) || dash],
    [
      t('requests.detail.responseTime'),
      r.sentOn && r.replyReceivedOn ? t('requests.register.responseDays', { count: daysLeft(r.replyReceivedOn, r.sentOn) }) : dash,
    ],
  ];
  return (
    <FormSection title={t('requests.detail.deadlines')}>
      <dl className="case-facts">
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd className="case-facts-date">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="section-subtitle">{t('requests.detail.extensions')}</h3>
      {r.extensions.length === 0 ? (
        <p className="muted">{t('requests.detail.noExtension')}</p>
      ) : (
        <ul>
          {r.extensions.map((x, index) => (
            <li key={index}>{t('requests.detail.extension', { date: fmt.date(x.newDueOn), granted: fmt.date(x.grantedOn) || dash, reason: x.reason || dash })}</li>
          ))}
        </ul>
      )}
    </FormSection>
  );
}
