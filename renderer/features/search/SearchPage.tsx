import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { EmptyState, PageHeader, TextField } from '../../components';
import type { SearchLimits } from './SearchIndex';
import { SearchIndexStatus } from './SearchIndexStatus';
import { SearchResultsList } from './SearchResultsList';
import { resultLink, searchPageLink } from './resultLink';
import { searchScopeValues } from './searchScope';
import { searchTypes } from './searchTypes';
import { useSearchResults } from './useSearchResults';
import './search.css';

const pageSize = 50;
const firstLimits = (): SearchLimits => Object.fromEntries(searchTypes.map((t) => [t, pageSize]));

/**
 * `/search?q=…`: every result of a query, grouped by type, each group growing by "Show more".
 * The query lives in the address, so the dialog's "See all results" and Back both work.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const query = new URLSearchParams(useSearch()).get('q') ?? '';
  // Typed text is kept here and mirrored into the address (replacing, so Back leaves the page).
  const [text, setText] = useState(query);
  const [limits, setLimits] = useState(firstLimits);
  useEffect(() => {
    setText((current) => (current === query ? current : query));
    setLimits(firstLimits());
  }, [query]);
  const results = useSearchResults(query, limits);
  const blank = query.trim() === '';

  return (
    <div className="search-page">
      <PageHeader title={t('search.title')} />
      <div className="search-page-field">
        <TextField
          label={t('search.inputLabel')}
          description={t('search.hint', searchScopeValues(t))}
          value={text}
          placeholder={t('search.placeholder')}
          autoFocus
          onChange={(value) => {
            setText(value);
            navigate(searchPageLink(value), { replace: true });
          }}
        />
      </div>
      <SearchIndexStatus />
      <SearchResultsList
        results={results}
        className="search-page-results"
        onOpen={(hit) => navigate(resultLink(hit)!)}
        onShowMore={(type) => setLimits((l) => ({ ...l, [type]: (l[type] ?? pageSize) + 100 }))}
        renderEmpty={() =>
          blank ? (
            <EmptyState title={t('search.hint', searchScopeValues(t))} />
          ) : results ? (
            <EmptyState title={t('search.noResults', { query: query.trim() })} description={t('search.noResultsHint')} />
          ) : null
        }
      />
    </div>
  );
}
