// Links between cases, worked out in memory: titles are not indexed (they will be encrypted at
// rest), so the form's search and the case page's "Linked from" read the case rows once and these
// pure functions do the rest. Folding is the case list's (`searchWords`), so "hoa binh" finds
// "Hoà Bình" here as it does there.
import { foldVietnamese } from '../../../shared/domain';
import type { Case } from '../../../shared/domain';
import { searchWords } from './caseFilters';

/** What the link field and the case page show of another case. */
export interface LinkedCaseSummary {
  id: string;
  reference: string;
  title: string;
  status: Case['status'];
  archived: boolean;
  /** The cases this one links to (for "Linked from" on theirs). */
  linkedCaseIds: readonly string[];
  /** Folded reference + title, for the search. */
  searchText: string;
}

export type LinkSource = Pick<Case, 'id' | 'reference' | 'title' | 'status' | 'archivedAt' | 'linkedCaseIds'>;

export function toLinkedCaseSummary(c: LinkSource): LinkedCaseSummary {
  return {
    id: c.id,
    reference: c.reference,
    title: c.title,
    status: c.status,
    archived: c.archivedAt !== null,
    linkedCaseIds: c.linkedCaseIds,
    searchText: foldVietnamese(`${c.reference} ${c.title}`),
  };
}

const byReference = (a: LinkedCaseSummary, b: LinkedCaseSummary) =>
  a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0;

/**
 * Cases the officer may link to, for what they typed: every folded word must occur in the
 * reference or title. The case itself and cases already linked are left out; newest references
 * first (an officer usually links to a recent matter), at most `limit`.
 */
export function searchLinkCandidates(
  cases: readonly LinkedCaseSummary[],
  query: string,
  exclude: { selfId: string; linkedIds: readonly string[] },
  limit = 20,
): LinkedCaseSummary[] {
  const words = searchWords(query);
  const skip = new Set([exclude.selfId, ...exclude.linkedIds]);
  const out = cases.filter((c) => !skip.has(c.id) && words.every((w) => c.searchText.includes(w)));
  return out.sort((a, b) => byReference(b, a)).slice(0, limit);
}

/** The linked cases in the order they were linked; an id with no live case is `{ id, missing }`. */
export function resolveLinkedCases(
  ids: readonly string[],
  byId: ReadonlyMap<string, LinkedCaseSummary>,
): ({ missing: false; summary: LinkedCaseSummary } | { missing: true; id: string })[] {
  return ids.map((id) => {
    const summary = byId.get(id);
    return summary ? { missing: false, summary } : { missing: true, id };
  });
}

/** Cases that link to `caseId` ("Linked from"), by reference; the case itself never counts. */
export function linkedFrom(cases: readonly LinkedCaseSummary[], caseId: string): LinkedCaseSummary[] {
  return cases.filter((c) => c.id !== caseId && c.linkedCaseIds.includes(caseId)).sort(byReference);
}
