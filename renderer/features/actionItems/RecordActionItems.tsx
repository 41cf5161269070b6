import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isActionItemOverdue, type ActionItem } from '../../../shared/domain';
import { FormSection, StatusBadge } from '../../components';
import { useFormat } from '../../i18n';
import { enumLabel } from '../../records';
import { useActionItems } from './actionItemData';
import { OverdueBadge } from './OverdueBadge';
import { trackerHref } from './trackerQuery';
import { localDay } from './trackerRows';

import './actionItems.css';

interface Props {
  items: ActionItem[] | undefined;
  newHref: string;
  trackerLink: string;
}

/** A record's action items: open ones first by due date, each with its owner, due date and status. */
function ActionItemsSection({ items, newHref, trackerLink }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const today = localDay(new Date());
  return (
    <FormSection title={t('actionItems.section.title')}>
      {items === undefined ? null : items.length === 0 ? (
        <p className="muted">{t('actionItems.section.none')}</p>
      ) : (
        <ul className="action-item-list">
          {items.map((item) => {
            const overdue = isActionItemOverdue(item, today);
            return (
              <li key={item.id} className={overdue ? 'action-item-overdue' : undefined}>
                <Link href={`/actions/${item.id}`} className="case-ref">
                  {item.reference}
                </Link>{' '}
                {item.text}
                <span className="muted">
                  {' · '}
                  {item.owner || enumLabel(t, 'meetingSide', item.ownerSide)}
                  {' · '}
                  {item.dueDate ? fmt.date(item.dueDate) : t('actionItems.noValue')}
                </span>{' '}
                <StatusBadge status={item.status} label={enumLabel(t, 'actionItemStatus', item.status)} /> {overdue ? <OverdueBadge /> : null}
              </li>
            );
          })}
        </ul>
      )}
      <div className="button-row">
        <Link href={newHref} className="btn btn-secondary">
          {t('actionItems.section.new')}
        </Link>
        {items && items.length > 0 ? <Link href={trackerLink}>{t('actionItems.section.all')}</Link> : null}
      </div>
    </FormSection>
  );
}

const order = (a: ActionItem, b: ActionItem) => {
  const active = (i: ActionItem) => (i.status === 'open' || i.status === 'inProgress' ? 0 : 1);
  return active(a) - active(b) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.reference.localeCompare(b.reference);
};

function useLinkedItems(field: 'caseIds' | 'requestIds', id: string): ActionItem[] | undefined {
  const items = useActionItems();
  return useMemo(() => items?.filter((i) => i[field].includes(id)).sort(order), [items, field, id]);
}

/** The action items raised from or linked to a case, on the case's page. */
export function CaseActionItems({ caseId }: { caseId: string }) {
  const items = useLinkedItems('caseIds', caseId);
  return <ActionItemsSection items={items} newHref={`/actions/new?case=${encodeURIComponent(caseId)}`} trackerLink={trackerHref({ caseId, statuses: [] })} />;
}

/** The action items raised from or linked to a verification request, on the request's page. */
export function RequestActionItems({ requestId }: { requestId: string }) {
  const items = useLinkedItems('requestIds', requestId);
  return (
    <ActionItemsSection items={items} newHref={`/actions/new?request=${encodeURIComponent(requestId)}`} trackerLink={trackerHref({ requestId, statuses: [] })} />
  );
}
