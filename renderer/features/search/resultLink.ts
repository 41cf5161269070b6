import type { SearchHit } from './searchTypes';

/**
 * Where a result opens: its case (a case itself, or the case a party, request, meeting or action
 * item belongs to); null for contacts, risk entries and unlinked records, which have no page yet.
 */
export function resultLink(hit: Pick<SearchHit, 'caseId'>): string | null {
  return hit.caseId === null ? null : `/cases/${hit.caseId}`;
}

/** The search page for `query`. */
export function searchPageLink(query: string): string {
  return `/search?q=${encodeURIComponent(query)}`;
}

/** A result's key in lists, unique across types. */
export const hitKey = (hit: Pick<SearchHit, 'type' | 'id'>) => `${hit.type}:${hit.id}`;
