import type { RiskList } from '../../../../shared/domain';

/** A list version as the screens show it: where it stands in its lineage and whether this device holds its entries. */
export interface RiskListRow {
  list: RiskList;
  /** The version that replaced this one, or null for a current list. */
  replacedBy: string | null;
  /** Earlier versions, newest first. */
  earlier: RiskList[];
  /** Whether this device holds the entries (their pack, or rows), so the version can be shown and screened. */
  held: boolean;
}

/**
 * The versions of every list, each with its successor and predecessors. A version is replaced
 * by the one naming it as `previousListId`; when two devices each imported a next version of the
 * same list, the later-created one is current and the other counts as replaced by it.
 */
export function riskListRows(lists: readonly RiskList[], heldShas: ReadonlySet<string>): RiskListRow[] {
  const byId = new Map(lists.map((l) => [l.id, l]));
  const replacedBy = new Map<string, string>();
  for (const list of [...lists].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    if (list.previousListId) replacedBy.set(list.previousListId, list.id);
  }
  return lists.map((list) => {
    const earlier: RiskList[] = [];
    const seen = new Set([list.id]);
    for (let previous = byId.get(list.previousListId ?? ''); previous && !seen.has(previous.id); previous = byId.get(previous.previousListId ?? '')) {
      earlier.push(previous);
      seen.add(previous.id);
    }
    return {
      list,
      replacedBy: replacedBy.get(list.id) ?? null,
      earlier,
      held: list.entriesSha256 === '' || heldShas.has(list.entriesSha256),
    };
  });
}

/** The lists in force: current versions, by name. */
export function currentLists(rows: readonly RiskListRow[]): RiskListRow[] {
  return rows.filter((r) => r.replacedBy === null).sort((a, b) => a.list.name.localeCompare(b.list.name));
}
