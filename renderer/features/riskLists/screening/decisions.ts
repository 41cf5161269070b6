import type { RiskEntry, ScreeningDecision } from '../../../../shared/domain';
import { riskEntryMatchKey } from '../../../../shared/riskLists/diffRiskLists';
import type { RiskListRow } from '../data/riskListRows';
import type { ListedHit } from './screeningProtocol';

/**
 * The entry's key across the versions of its list: the first version's id (a lineage's name) and
 * the entry's match key (its reference in the list, else its name, else its HS code). A decision
 * kept under it holds for the same entry in every later version.
 */
export function decisionEntryKey(entry: RiskEntry, rows: readonly RiskListRow[]): string {
  const row = rows.find((r) => r.list.id === entry.listId);
  const lineage = row ? (row.earlier.at(-1)?.id ?? row.list.id) : entry.listId;
  return `${lineage}|${riskEntryMatchKey(entry)}`;
}

/** The officer's decision on this hit: on the same record, for the same entry or the same entry of an earlier version; the latest wins. */
export function decisionFor(hit: ListedHit, entryKey: string, decisions: readonly ScreeningDecision[]): ScreeningDecision | null {
  return (
    decisions
      .filter((d) => d.subjectTable === hit.subjectTable && d.subjectId === hit.subjectId && (d.entryId === hit.entryId || d.entryKey === entryKey))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null
  );
}
