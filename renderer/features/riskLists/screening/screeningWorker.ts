// The screening worker: holds one screening index per list in force (100k entries take ~130 MB
// and ~2 s to index), so a case is screened on every visit without the page building anything,
// and re-screening every case against a new version never blocks typing.
import type { RiskEntry } from '../../../../shared/domain';
import { buildScreeningIndex, screenCase, type ScreeningIndex } from '../../../../shared/matching';
import { isActive, rescreenCases } from './rescreenCases';
import type { ListedHit, QuickHit, QuickQuery, ScreenedCase, ScreeningRequest, ScreeningResponse } from './screeningProtocol';

interface IndexedList {
  index: ScreeningIndex;
  entries: Map<string, RiskEntry>;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ScreeningRequest>) => void) | null;
  postMessage(response: ScreeningResponse): void;
};

const lists = new Map<string, IndexedList>();

function indexList(entries: readonly RiskEntry[]): IndexedList {
  const active = entries.filter(isActive);
  return { index: buildScreeningIndex(active), entries: new Map(active.map((e) => [e.id, e])) };
}

function screenAgainst(listId: string, list: IndexedList, subject: ScreenedCase): ListedHit[] {
  return screenCase(list.index, subject).map((hit) => ({ ...hit, listId, entry: list.entries.get(hit.entryId)! }));
}

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

function rescreen(id: number, previous: { listId: string; entries: RiskEntry[] } | null, nextListId: string, cases: readonly ScreenedCase[]) {
  const next = lists.get(nextListId);
  if (!next) throw new Error('The new version is not indexed');
  return rescreenCases(previous?.entries ?? null, [...next.entries.values()], cases, (done, total) => scope.postMessage({ kind: 'progress', id, done, total }), next.index);
}

function answer(request: ScreeningRequest): ScreeningResponse {
  switch (request.kind) {
    case 'setLists': {
      const named = new Set(request.listIds);
      for (const listId of lists.keys()) if (!named.has(listId)) lists.delete(listId);
      for (const { listId, entries } of request.added) lists.set(listId, indexList(entries));
      return { kind: 'listsSet', id: request.id, entryCount: [...lists.values()].reduce((n, l) => n + l.index.size, 0) };
    }
    case 'screenCase':
      return { kind: 'caseHits', id: request.id, hits: [...lists].flatMap(([listId, list]) => screenAgainst(listId, list, request.subject)) };
    case 'quick':
      return { kind: 'quickHits', id: request.id, hits: quick(request.query) };
    case 'rescreen':
      return { kind: 'rescreened', id: request.id, ...rescreen(request.id, request.previous, request.nextListId, request.cases) };
  }
}

scope.onmessage = (event) => {
  try {
    scope.postMessage(answer(event.data));
  } catch (error) {
    scope.postMessage({ kind: 'failed', id: event.data.id, message: error instanceof Error ? error.message : String(error) });
  }
};
