import { useTranslation } from 'react-i18next';
import { formatHsCode, type RequestQuestion, type VerificationRequest } from '../../../../shared/domain';
import { FormSection } from '../../../components';
import { useFormat } from '../../../i18n';
import { enumLabel } from '../../../records';

/** The request's content as read back: legal basis, authorities, goods lines and numbered questions. */
export function RequestSummary({ request: r, questions }: { request: VerificationRequest; questions: readonly RequestQuestion[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const dash = t('requests.detail.noValue');
  const facts: [string, string][] = [
    [t('requestForm.fields.direction'), enumLabel(t, 'caseDirection', r.direction)],
    [t('requests.register.instrument'), [enumLabel(t, 'legalInstrument', r.legalInstrument), r.legalArticle].filter(Boolean).join(', ')],
    [t('requestForm.fields.requestingAuthority'), r.requestingAuthority],
    [t('requestForm.fields.requestedAuthority'), r.requestedAuthority],
    [t('requestForm.fields.ourReference'), r.ourReference],
    [t('requestForm.fields.theirReference'), r.theirReference],
  ];
  return (
    <FormSection title={t('requests.detail.summary')}>
      <dl className="case-facts">
        {facts.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value || dash}</dd>
          </div>
        ))}
      </dl>
      <h3 className="section-subtitle">{t('requests.detail.goods')}</h3>
      <table className="data-table" aria-label={t('requests.detail.goods')}>
        <tbody>
          {r.goodsLines.map((line) => (
            <tr key={line.itemNo}>
              <td>{line.itemNo}</td>
              <td className="case-ref">{formatHsCode(line.hsCode)}</td>
              <td>{line.description}</td>
              <td>{line.quantity === null ? '' : `${fmt.number(line.quantity)} ${line.unit}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="section-subtitle">{t('requests.detail.questions')}</h3>
      <ol aria-label={t('requests.detail.questions')}>
        {questions.map((q) => (
          <li key={q.id}>
            <p>{q.text}</p>
            {q.documentsRequested.length > 0 ? <p className="muted">{t('requests.detail.documentsRequested', { documents: q.documentsRequested.join('; ') })}</p> : null}
          </li>
        ))}
      </ol>
      {r.findings ? (
        <>
          <h3 className="section-subtitle">{t('requests.detail.findings')}</h3>
          <p className="case-timeline-text">{r.findings}</p>
        </>
      ) : null}
    </FormSection>
  );
}
