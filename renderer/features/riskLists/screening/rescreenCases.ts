import type { RiskEntry } from '../../../../shared/domain';
import { buildScreeningIndex, compareCaseScreenings, screenCase, type CaseHit, type CaseScreeningChange, type ScreeningIndex } from '../../../../shared/matching';
import { diffRiskLists, riskEntryMatchKey } from '../../../../shared/riskLists/diffRiskLists';
import type { ScreenedCase } from './screeningProtocol';

/** Only active entries screen: a suspended, revoked or expired listing says nothing about a case today. */
export const isActive = (entry: RiskEntry) => entry.status === 'active';

/**
 * Which cases gained or lost hits with a new version (`next`: its active entries). Entries the
 * version left as they were give every case the same hits before and after (a hit depends on the
 * query and the entry alone), so each case is screened only against what changed: the entries
 * removed or changed (as they were) and those added or changed (as they are), each a small index.
 * A 100k-entry list changing by a few percent re-screens 10k cases in seconds. Without a previous
 * version every entry is new: every case is screened against the whole list (`nextIndex`, when
 * the caller holds it already). `changedEntries`: how many entries the cases met.
 */
export function rescreenCases(
  previous: readonly RiskEntry[] | null,
  next: readonly RiskEntry[],
  cases: readonly ScreenedCase[],
  onProgress: (done: number, total: number) => void = () => undefined,
  nextIndex?: ScreeningIndex,
): { changes: CaseScreeningChange[]; changedEntries: number } {
  const diff = previous ? diffRiskLists(previous.filter(isActive), next.filter(isActive)) : null;
  const before = diff ? [...diff.removed, ...diff.changed.map((c) => c.before)] : [];
  const after = diff ? [...diff.added, ...diff.changed.map((c) => c.after)] : next.filter(isActive);
  const oldIndex = diff ? buildScreeningIndex(before) : null;
  const newIndex = diff || !nextIndex ? buildScreeningIndex(after) : nextIndex;
  // Keys only for the entries some case meets: folding 100k names for a first version would cost seconds.
  const entriesById = new Map([...before, ...after].map((e) => [e.id, e]));
  const keys = new Map<string, string>();
  const keyOf = (id: string) => {
    let key = keys.get(id);
    if (key === undefined) {
      const entry = entriesById.get(id);
      key = entry ? riskEntryMatchKey(entry) : id;
      keys.set(id, key);
    }
    return key;
  };
  const hitsBefore = new Map<string, CaseHit[]>();
  const hitsAfter = new Map<string, CaseHit[]>();
  cases.forEach((subject, i) => {
    if (i % 250 === 0) onProgress(i, cases.length);
    if (oldIndex) hitsBefore.set(subject.caseId, screenCase(oldIndex, subject));
    hitsAfter.set(subject.caseId, screenCase(newIndex, subject));
  });
  return { changes: compareCaseScreenings(hitsBefore, hitsAfter, keyOf), changedEntries: before.length + after.length };
}
