import type { SearchHit, SearchType } from './searchTypes';

type Route = (hit: Pick<SearchHit, 'id' | 'caseId'>) => string | null;

/** The page of the case a result belongs to (the case itself, or its parent). */
const itsCase: Route = (hit) => (hit.caseId === null ? null : `/cases/${hit.caseId}`);

/**
 * Where each kind of result opens: the screen that shows it. A case's page shows the case and
 * its parties, goods lines, shipments and proofs of origin. A kind without a route has no screen
 * yet (requests, meetings, action items, contacts, risk entries): its results are listed but do
 * not open, and search does not say it finds them (searchScope.ts). The feature that brings a
 * kind's screen adds its route here, and the texts name it from then on.
 */
const routes: Partial<Record<SearchType, Route>> = {
  case: itsCase,
  party: itsCase,
  goodsLine: itsCase,
  shipment: itsCase,
  proofOfOrigin: itsCase,
};

/** Whether results of `type` open a screen. */
export function hasScreen(type: SearchType): boolean {
  return routes[type] !== undefined;
}

/** Where a result opens, or null when its kind has no screen yet (or it has no case to open). */
export function resultLink(hit: Pick<SearchHit, 'type' | 'id' | 'caseId'>): string | null {
  return routes[hit.type]?.(hit) ?? null;
}

/** The search page for `query`. */
export function searchPageLink(query: string): string {
  return `/search?q=${encodeURIComponent(query)}`;
}

/** A result's key in lists, unique across types. */
export const hitKey = (hit: Pick<SearchHit, 'type' | 'id'>) => `${hit.type}:${hit.id}`;
