// Two versions of one synthetic risk list, as imports store them: every entry with a fresh UUID
// and the list's id (the import gives both), so the entries pass the shared schema that
// `unpackRiskListEntries` checks. The next version keeps the source references (the match key
// that pairs entries across versions) and changes 1.5% of the list, as a list's revision does.
import type { RiskEntry } from '../shared/domain/riskEntry';
import { benchSyllables, syntheticRiskEntries } from './syntheticRiskEntries';

/** Version 1 of the list `listId`: `count` entries of bench/syntheticRiskEntries.ts. */
export function firstVersion(count: number, listId: string, newId: () => string): RiskEntry[] {
  return syntheticRiskEntries(count).map((entry) => ({ ...entry, id: newId(), listId }));
}

/**
 * The next version of `previous` as list `listId`: new ids (an import never reuses them); of
 * every 200 entries one removed, one renamed (same source reference, another name) and one added
 * (a new reference). So re-screening finds cases that gained and lost hits.
 */
export function nextVersion(previous: readonly RiskEntry[], listId: string, newId: () => string): RiskEntry[] {
  const next: RiskEntry[] = [];
  previous.forEach((entry, i) => {
    if (i % 200 === 1) return;
    const renamed = i % 200 === 3 && entry.primaryName !== '' ? { primaryName: `${entry.primaryName} ${benchSyllables[i % benchSyllables.length]}` } : {};
    next.push({ ...entry, ...renamed, id: newId(), listId });
    if (i % 200 === 5) {
      next.push({ ...entry, id: newId(), listId, sourceRef: String(previous.length + i), primaryName: entry.primaryName === '' ? '' : `${entry.primaryName} Mới` });
    }
  });
  return next;
}
