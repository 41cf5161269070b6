import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, PageHeader } from '../../components';
import { ConflictCard } from './ConflictCard';
import { useConflictLists } from './hooks';
import { ResolvedConflicts } from './ResolvedConflicts';
import './conflicts.css';

/**
 * `/conflicts`: the open conflicts of the workspace, newest first, each resolved by choosing one
 * of its two values; resolved ones below, collapsed. Live: a conflict pulled from the server or
 * resolved on another device appears or moves without a reload.
 */
export function ConflictsPage() {
  const { t } = useTranslation();
  const lists = useConflictLists();
  const [announcement, setAnnouncement] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);

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
                  <ConflictCard view={view} onResolved={resolved} />
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
