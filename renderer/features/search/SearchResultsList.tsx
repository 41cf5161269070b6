import type { Key, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Header, ListBox, ListBoxItem, ListBoxSection, Text } from 'react-aria-components';
import { useFormat } from '../../i18n';
import { Highlighted } from './Highlighted';
import { hitKey, resultLink } from './resultLink';
import type { SearchHit, SearchResults, SearchType } from './searchTypes';

export interface SearchResultsListProps {
  results: SearchResults | null;
  /** Opens a result that has a page. */
  onOpen: (hit: SearchHit) => void;
  /** The page's "Show more" row at the end of a group that has more hits than shown. */
  onShowMore?: (type: SearchType) => void;
  /** The dialog's last row, opening the search page. */
  seeAll?: { label: string; onAction: () => void };
  /** What an empty list says (nothing typed, nothing found). */
  renderEmpty: () => ReactNode;
  className?: string;
}

const moreKey = (type: SearchType) => `more:${type}`;
const seeAllKey = 'see-all';

/**
 * Results grouped by type, each group headed by its name and count, as one listbox: arrow keys
 * move through every row, Enter opens one. Used by the dialog (inside its autocomplete, with
 * virtual focus kept in the input) and by the search page.
 */
export function SearchResultsList({ results, onOpen, onShowMore, seeAll, renderEmpty, className }: SearchResultsListProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const hits = new Map((results?.groups ?? []).flatMap((g) => g.hits.map((h) => [hitKey(h), h] as const)));
  const terms = results?.terms ?? [];

  const onAction = (key: Key) => {
    const id = String(key);
    if (id === seeAllKey) seeAll?.onAction();
    else if (id.startsWith('more:')) onShowMore?.(id.slice('more:'.length) as SearchType);
    else {
      const hit = hits.get(id);
      if (hit && resultLink(hit) !== null) onOpen(hit);
    }
  };

  return (
    <ListBox aria-label={t('search.resultsLabel')} className={`listbox search-results ${className ?? ''}`} onAction={onAction} renderEmptyState={renderEmpty}>
      {(results?.groups ?? []).map((group) => (
        <ListBoxSection key={group.type} id={group.type} className="search-group">
          <Header className="search-group-header">
            <span>{t(`search.groups.${group.type}`)}</span>
            <span className="search-group-count">{f.number(group.total)}</span>
          </Header>
          {group.hits.map((hit) => (
            <ListBoxItem
              key={hitKey(hit)}
              id={hitKey(hit)}
              textValue={hit.title}
              className={`listbox-item search-hit ${resultLink(hit) === null ? 'search-hit-unlinked' : ''}`}
            >
              <Text slot="label" className="search-hit-title">
                <Highlighted text={hit.title} terms={terms} />
              </Text>
              <Text slot="description" className="listbox-detail search-hit-detail">
                {[
                  hit.detail,
                  hit.type !== 'case' && hit.caseReference ? t('search.inCase', { reference: hit.caseReference }) : '',
                  f.date(hit.date),
                  resultLink(hit) === null ? t('search.noPage') : '',
                ]
                  .filter((part) => part !== '')
                  .join(' · ')}
              </Text>
            </ListBoxItem>
          ))}
          {onShowMore && group.hits.length < group.total ? (
            <ListBoxItem id={moreKey(group.type)} textValue={t('search.showMore')} className="listbox-item search-more">
              {t('search.showMore')} · {t('search.showing', { shown: f.number(group.hits.length), total: f.number(group.total) })}
            </ListBoxItem>
          ) : null}
        </ListBoxSection>
      ))}
      {seeAll && results && results.groups.length > 0 ? (
        <ListBoxSection id="all" className="search-group">
          <ListBoxItem id={seeAllKey} textValue={seeAll.label} className="listbox-item search-see-all">
            {seeAll.label}
          </ListBoxItem>
        </ListBoxSection>
      ) : null}
    </ListBox>
  );
}
