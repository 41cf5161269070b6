// Global search: a folded full-text index of cases and what they hold (parties, goods lines,
// shipments, proofs of origin) and of the records beside them (requests, meetings, action items,
// contacts, risk entries), built in a worker at unlock and kept current from the database.
export { searchModule } from './module';
export { SearchButton } from './SearchButton';
export { SearchDialog } from './SearchDialog';
export { SearchPage } from './SearchPage';
export { SearchProvider, searchReadyMark, type SearchProviderProps } from './SearchProvider';
export { useSearchStore } from './searchStore';
export { searchLocales } from './locales';
export { searchableKinds, searchScopeValues } from './searchScope';
export { SearchIndex, type SearchLimits } from './SearchIndex';
export { SearchClient, startSearchWorker } from './SearchClient';
export { inProcessSearchClient } from './inProcessSearch';
export { startSearchFeed, type SearchIndexStatus } from './searchFeed';
export type { SearchDocument, SearchGroup, SearchHit, SearchResults, SearchType } from './searchTypes';
