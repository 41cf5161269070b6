import { useSyncExternalStore } from 'react';
import type { BaseLocationHook } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';

/**
 * Splits a hash route as a user may type or paste it: `#/requests/new?caseId=…` is the path
 * `/requests/new` with the query `caseId=…`. The app's own links put the query before the hash
 * (`?caseId=…#/requests/new`, wouter's way); both must reach the same screen.
 */
export function splitHashRoute(hash: string): { path: string; query: string } {
  const route = hash.replace(/^#/, '') || '/';
  const at = route.indexOf('?');
  return at < 0 ? { path: route, query: '' } : { path: route.slice(0, at) || '/', query: route.slice(at + 1) };
}

/** The hash location without a query typed into the hash (so `/requests/new?…` is not read as an id). */
export const useHashPath: BaseLocationHook = (options) => {
  const [location, navigate] = useHashLocation(options);
  return [splitHashRoute(location).path, navigate];
};

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
};

/** The route's query: the one typed into the hash, else the page's own (where wouter's links put it). */
export function useHashSearch(): string {
  return useSyncExternalStore(subscribe, () => splitHashRoute(window.location.hash).query || window.location.search.replace(/^\?/, ''));
}
