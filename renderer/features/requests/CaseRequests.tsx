import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { FormSection, StatusBadge } from '../../components';
import { enumLabel } from '../../records';
import { useCaseRequests } from './data/useRequests';
import { useDeadlineRules } from '../../deadlines';
import { localToday } from './form/requestForm';
import { DueText } from './register/DueText';
import { toRegisterRow } from './register/registerRows';

/** The case page's "Verification requests" section: each request with its status and next deadline, and "New request". */
export function CaseRequests({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const requests = useCaseRequests(caseId);
  const table = useDeadlineRules();
  const today = localToday();
  return (
    <FormSection title={t('requests.caseSection.title')}>
      {requests && requests.length > 0 ? (
        <table className="data-table" aria-label={t('requests.caseSection.title')}>
          <tbody>
            {requests.map((r) => {
              const row = toRegisterRow(r, undefined, table);
              return (
                <tr key={r.id}>
                  <td>
                    <Link href={`/requests/${r.id}`}>{r.ourReference || r.subject}</Link>
                  </td>
                  <td>{r.subject}</td>
                  <td>
                    <StatusBadge status={r.status} label={enumLabel(t, 'requestStatus', r.status)} />
                  </td>
                  <td>{row.dueOn ? <DueText dueOn={row.dueOn} today={today} /> : null}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : requests ? (
        <p className="muted">{t('requests.caseSection.none')}</p>
      ) : null}
      <p>
        <Link href={`/requests/new?caseId=${encodeURIComponent(caseId)}`} className="btn btn-secondary">
          {t('requests.caseSection.newRequest')}
        </Link>
      </p>
    </FormSection>
  );
}
