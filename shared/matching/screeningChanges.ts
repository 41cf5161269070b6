import { codeUnitOrder } from './codeUnitOrder';
import type { CaseHit } from './screenCase';

/** A case whose screening differs between two list versions. */
export interface CaseScreeningChange {
  caseId: string;
  /** Hits the new version gives that the old one did not, in `after`'s order. */
  gained: CaseHit[];
  /** Hits the old version gave that the new one does not, in `before`'s order. */
  lost: CaseHit[];
}

/**
 * Which cases gained or lost hits when the lists changed. A new version gives its entries new
 * ids, so two hits are the same when they are on the same record and their entries share a match
 * key (`matchKeyOf`, the key the risk-list diff pairs entries by); a changed score is no change.
 * A case absent from one side has no hits there. Only cases with a gain or a loss, by case id.
 */
export function compareCaseScreenings(
  before: ReadonlyMap<string, readonly CaseHit[]>,
  after: ReadonlyMap<string, readonly CaseHit[]>,
  matchKeyOf: (entryId: string) => string,
): CaseScreeningChange[] {
  const identity = (hit: CaseHit) => `${hit.subjectTable}\u0000${hit.subjectId}\u0000${matchKeyOf(hit.entryId)}`;
  const changes: CaseScreeningChange[] = [];
  for (const caseId of [...new Set([...before.keys(), ...after.keys()])].sort(codeUnitOrder)) {
    const old = before.get(caseId) ?? [];
    const now = after.get(caseId) ?? [];
    const gained = unmatched(now, old, identity);
    const lost = unmatched(old, now, identity);
    if (gained.length > 0 || lost.length > 0) changes.push({ caseId, gained, lost });
  }
  return changes;
}

/**
 * The hits of `these` that no hit of `those` stands for. Counted, not a set: a version may list
 * two entries under one key, and losing one of them is a loss.
 */
function unmatched(these: readonly CaseHit[], those: readonly CaseHit[], identity: (hit: CaseHit) => string): CaseHit[] {
  const left = new Map<string, number>();
  for (const hit of those) {
    const key = identity(hit);
    left.set(key, (left.get(key) ?? 0) + 1);
  }
  return these.filter((hit) => {
    const key = identity(hit);
    const count = left.get(key) ?? 0;
    if (count > 0) left.set(key, count - 1);
    return count === 0;
  });
}
