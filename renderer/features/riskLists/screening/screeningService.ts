// What the screening worker does: holds one screening index per list in force (100k entries take
// ~150 MB and ~2 s to index), so a case is screened on every visit without the page building
// anything. A plain module (the worker file only wires messages) so tests run it in process.
import type { RiskEntry } from '../../../../shared/domain';
import { buildScreeningIndex, screenCase, type ScreeningIndex } from '../../../../shared/matching';
import { isActive, rescreenCases } from './rescreenCases';
import type { ListedHit, QuickHit, QuickQuery, ScreenedCase, ScreeningRequest, ScreeningResponse } from './screeningProtocol';

interface IndexedList {
  index: ScreeningIndex;
  /** The list's active entries by id. */
  entries: Map<string, RiskEntry>;
}

function indexList(entries: readonly RiskEntry[]): IndexedList {
  const active = entries.filter(isActive);
  return { index: buildScreeningIndex(active), entries: new Map(active.map((e) => [e.id, e])) };
}

function screenAgainst(listId: string, list: IndexedList, subject: ScreenedCase): ListedHit[] {
  return screenCase(list.index, subject).map((hit) => ({ ...hit, listId, entry: list.entries.get(hit.entryId)! }));
}

/** The service answering the worker's requests; `progress` carries a re-screen's progress out. */
export function screeningService(progress: (response: ScreeningResponse) => void) {
  const lists = new Map<string, IndexedList>();
  /**
   * The active entries of the lists the last `setLists` dropped: a version replaced by a new one
   * is what the re-screen that follows compares with, and holding it saves reading its pack and
   * sending 100k entries back. Kept until that re-screen, or the next `setLists`.
   */
  let replaced = new Map<string, RiskEntry[]>();

  function quick(query: QuickQuery): QuickHit[] {
    const hits: QuickHit[] = [];
    for (const [listId, list] of lists) {
      const found = [
        ...(query.name.trim() !== '' || query.identifier
          ? list.index.explainCompany({ name: query.name, country: query.country || undefined, identifiers: query.identifier ? [query.identifier] : [] })
          : []),
        ...(query.hsCode.trim() !== '' ? list.index.explainHsCode(query.hsCode) : []),
      ];
      for (const hit of found) hits.push({ ...hit, listId, entry: list.entries.get(hit.entryId)! });
    }
    return hits.sort((a, b) => b.score - a.score);
  }

  function rescreen(id: number, previous: { listId: string; entries: RiskEntry[] | null } | null, nextListId: string, cases: readonly ScreenedCase[]) {
    const next = lists.get(nextListId);
    if (!next) throw new Error('The new version is not indexed');
    const previousEntries = previous ? (previous.entries ?? replaced.get(previous.listId)) : null;
    if (previousEntries === undefined) throw new Error('The previous version was not sent, and it is not the one replaced');
    if (previous) replaced.delete(previous.listId);
    return rescreenCases(previousEntries, [...next.entries.values()], cases, (done, total) => progress({ kind: 'progress', id, done, total }), next.index);
  }

  function setLists(listIds: readonly string[], added: readonly { listId: string; entries: RiskEntry[] }[]) {
    const named = new Set(listIds);
    replaced = new Map();
    for (const [listId, list] of lists) {
      if (named.has(listId)) continue;
      replaced.set(listId, [...list.entries.values()]);
      lists.delete(listId);
    }
    for (const { listId, entries } of added) lists.set(listId, indexList(entries));
    return [...lists.values()].reduce((n, l) => n + l.index.size, 0);
  }

  function handle(request: ScreeningRequest): ScreeningResponse {
    switch (request.kind) {
      case 'setLists':
        return { kind: 'listsSet', id: request.id, entryCount: setLists(request.listIds, request.added) };
      case 'screenCase':
        return { kind: 'caseHits', id: request.id, hits: [...lists].flatMap(([listId, list]) => screenAgainst(listId, list, request.subject)) };
      case 'quick':
        return { kind: 'quickHits', id: request.id, hits: quick(request.query) };
      case 'rescreen':
        return { kind: 'rescreened', id: request.id, ...rescreen(request.id, request.previous, request.nextListId, request.cases) };
    }
  }

  return {
    /** The answer to `request`; a failure is an answer too, so the client's promise settles. */
    answer(request: ScreeningRequest): ScreeningResponse {
      try {
        return handle(request);
      } catch (error) {
        return { kind: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
