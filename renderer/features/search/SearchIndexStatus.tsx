import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';
import { useSearchStore } from './searchStore';

/** "Opening the search index…" while a saved one loads, "Building… (n of N)" while the first build runs; a warning if updating failed. */
export function SearchIndexStatus() {
  const { t } = useTranslation();
  const f = useFormat();
  const status = useSearchStore((s) => s.status);
  return (
    <p role="status" className="search-status">
      {status.phase === 'building' && status.total === 0 ? (
        t('search.opening')
      ) : status.phase === 'building' ? (
        <>
          {t('search.building', { done: f.number(Math.min(status.done, status.total)), total: f.number(status.total) })}{' '}
          <span className="muted">{t('search.buildingShort')}</span>
        </>
      ) : status.phase === 'failed' ? (
        <span className="search-status-failed">{t('search.failed')}</span>
      ) : null}
    </p>
  );
}
