// Global search: a folded full-text index of cases, parties, requests, meetings, action items,
// contacts and risk entries, built in a worker at unlock and kept current from the database.
export { SearchButton } from './SearchButton';
export { SearchDialog } from './SearchDialog';
export { SearchPage } from './SearchPage';
export { SearchProvider, searchReadyMark, type SearchProviderProps } from './SearchProvider';
export { useSearchStore } from './searchStore';
export { searchLocales } from './locales';
export { SearchIndex, type SearchLimits } from './SearchIndex';
export { SearchClient, startSearchWorker } from './SearchClient';
export { inProcessSearchClient } from './inProcessSearch';
export { startSearchFeed, type SearchIndexStatus } from './searchFeed';
export type { SearchDocument, SearchGroup, SearchHit, SearchResults, SearchType } from './searchTypes';
