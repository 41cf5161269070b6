import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Case } from '../../../shared/domain';
import { Badge, FormSection, StatusBadge } from '../../components';
import { linkedFrom, resolveLinkedCases, type LinkedCaseSummary } from './linkedCases';
import { useCaseSummaries } from './useCaseSummaries';

function CaseLinkItem({ c }: { c: LinkedCaseSummary }) {
  const { t } = useTranslation();
  return (
    <li className="case-link-item">
      <Link href={`/cases/${c.id}`}>
        <span className="case-ref">{c.reference}</span> <span className="case-link-title">{c.title}</span>
      </Link>{' '}
      <StatusBadge status={c.status} label={t(`cases.status.${c.status}`)} />
      {c.archived ? <> <Badge>{t('cases.list.archived')}</Badge></> : null}
    </li>
  );
}

/**
 * The cases this one links to and, computed from every case's links, the cases that link to it.
 * A link to a case that no longer exists says so rather than vanishing.
 */
export function CaseLinksView({ c }: { c: Pick<Case, 'id' | 'linkedCaseIds'> }) {
  const { t } = useTranslation();
  const summaries = useCaseSummaries();
  if (!summaries) return null;
  const links = resolveLinkedCases(c.linkedCaseIds, summaries.byId);
  const from = linkedFrom(summaries.list, c.id);
  return (
    <FormSection title={t('cases.links.heading')}>
      {links.length === 0 ? (
        <p className="case-none">{t('cases.links.none')}</p>
      ) : (
        <ul className="case-link-list" aria-label={t('cases.links.heading')}>
          {links.map((link) =>
            link.missing ? (
              <li key={link.id} className="case-link-item case-none">{t('cases.links.missing')}</li>
            ) : (
              <CaseLinkItem key={link.summary.id} c={link.summary} />
            ),
          )}
        </ul>
      )}
      <h3 className="case-links-subheading">{t('cases.links.fromHeading')}</h3>
      {from.length === 0 ? (
        <p className="case-none">{t('cases.links.noneFrom')}</p>
      ) : (
        <ul className="case-link-list" aria-label={t('cases.links.fromHeading')}>
          {from.map((other) => (
            <CaseLinkItem key={other.id} c={other} />
          ))}
        </ul>
      )}
    </FormSection>
  );
}
