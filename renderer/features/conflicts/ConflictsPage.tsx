import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { EmptyState, PageHeader } from '../../components';
import { ConflictCard } from './ConflictCard';
import type { ConflictView } from './conflictList';
import { decisionSiblings } from './resolutionPlan';
import { useConflictLists } from './hooks';
import { ResolvedConflicts } from './ResolvedConflicts';
import './conflicts.css';

/**
 * `/conflicts`: the open conflicts of the workspace, newest first, each resolved by choosing one
 * of its two values; resolved ones below, collapsed. Live: a conflict pulled from the server or
 * resolved on another device appears or moves without a reload. `?record=<id>` (the link of a
 * record's conflict marker) brings the first open conflict of that record, or of that case's
 * records, into view and focus.
 */
export function ConflictsPage() {
  const { t } = useTranslation();
  const lists = useConflictLists();
  const [announcement, setAnnouncement] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);
  const target = new URLSearchParams(useSearch()).get('record');
  const concerns = (view: ConflictView) => view.conflict.recordId === target || view.record.caseRef?.id === target;
  const targetId = target && lists ? lists.open.find(concerns)?.conflict.id : undefined;
  const openConflicts = lists?.open.map((v) => v.conflict) ?? [];

  const resolved = (message: string) => {
    setAnnouncement(message);
    // The resolved card leaves the list: keep the keyboard focus in the list, not on <body>.
    listHeading.current?.focus();
  };

  return (
    <div className="conflicts-page">
      <PageHeader title={t('conflicts.page.title')} subtitle={t('conflicts.page.intro')} />
      <p role="status" className="conflicts-announcement">
        {announcement}
      </p>
      {lists === undefined ? (
        <p role="status">{t('conflicts.page.loading')}</p>
      ) : (
        <>
          <h2 className="conflicts-heading" tabIndex={-1} ref={listHeading}>
            {t('conflicts.page.openHeading')}
          </h2>
          {lists.open.length === 0 ? (
            <EmptyState title={t('conflicts.page.emptyTitle')} description={t('conflicts.page.emptyBody')} />
          ) : (
            <ol className="conflicts-list" aria-label={t('conflicts.page.openList')}>
              {lists.open.map((view) => (
                <li key={view.conflict.id}>
                  <ConflictCard
                    view={view}
                    siblings={decisionSiblings(view.conflict, openConflicts)}
                    targeted={view.conflict.id === targetId}
                    onResolved={resolved}
                  />
                </li>
              ))}
            </ol>
          )}
          <ResolvedConflicts views={lists.resolved} />
        </>
      )}
    </div>
  );
}
