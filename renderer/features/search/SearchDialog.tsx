import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Autocomplete, Dialog, Input, ModalOverlay, Modal, TextField } from 'react-aria-components';
import { useLocation } from 'wouter';
import type { SearchLimits } from './SearchIndex';
import { SearchIndexStatus } from './SearchIndexStatus';
import { SearchResultsList } from './SearchResultsList';
import { resultLink, searchPageLink } from './resultLink';
import { searchScopeValues } from './searchScope';
import { useSearchStore } from './searchStore';
import { searchTypes } from './searchTypes';
import { useSearchResults } from './useSearchResults';
import './search.css';

/** The dialog shows the best few of each type; the search page shows the rest. */
const dialogLimits: SearchLimits = Object.fromEntries(searchTypes.map((t) => [t, 5]));

/**
 * Global search (Ctrl/Cmd+K, or the top bar's button): type, move with the arrow keys, Enter
 * opens the result (its case), Escape closes. The last row, or Enter before choosing a row, opens
 * the search page.
 */
export function SearchDialog() {
  const { t } = useTranslation();
  const isOpen = useSearchStore((s) => s.dialogOpen);
  const setOpen = useSearchStore((s) => s.setDialogOpen);
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={setOpen} isDismissable className="modal-overlay search-overlay">
      <Modal className="modal search-modal">
        <Dialog aria-label={t('search.title')} className="search-dialog">
          {({ close }) => <SearchDialogBody close={close} />}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function SearchDialogBody({ close }: { close: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const results = useSearchResults(query, dialogLimits);
  const blank = query.trim() === '';
  const go = (to: string) => {
    close();
    navigate(to);
  };
  return (
    // The first result is not pre-selected: ArrowDown enters the list, so what Enter opens is
    // always what the officer moved to, never a result that arrived while typing.
    <Autocomplete inputValue={query} onInputChange={setQuery} disableAutoFocusFirst>
      <TextField aria-label={t('search.inputLabel')} className="search-field" autoFocus>
        <Input
          className="input search-input"
          placeholder={t('search.placeholder')}
          onKeyDown={(event) => {
            // Enter before moving into the list: every result, on the search page.
            if (event.key === 'Enter' && !blank && !event.currentTarget.getAttribute('aria-activedescendant')) go(searchPageLink(query.trim()));
          }}
        />
      </TextField>
      <SearchIndexStatus />
      <SearchResultsList
        results={results}
        className="search-dialog-results"
        onOpen={(hit) => go(resultLink(hit)!)}
        seeAll={{ label: t('search.seeAll', { query: query.trim() }), onAction: () => go(searchPageLink(query.trim())) }}
        renderEmpty={() =>
          blank ? (
            <p className="search-empty muted">{t('search.hint', searchScopeValues(t))}</p>
          ) : results ? (
            <p className="search-empty">
              {t('search.noResults', { query: query.trim() })} <span className="muted">{t('search.noResultsHint')}</span>
            </p>
          ) : null
        }
      />
    </Autocomplete>
  );
}
