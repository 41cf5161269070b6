import { SearchIndex, type SearchLimits } from './SearchIndex';
import type { SearchDocument, SearchResults, SearchType } from './searchTypes';

/**
 * What the page asks of the search worker. Requests are answered in the order sent, each by one
 * response with the same `id`. `upsert`/`remove`/`sweep` keep the index equal to the database;
 * `search` reads it.
 */
export type SearchRequest =
  | { id: number; kind: 'upsert'; documents: SearchDocument[]; sweep: number }
  | { id: number; kind: 'remove'; type: SearchType; ids: string[] }
  | { id: number; kind: 'sweep'; type: SearchType; sweep: number }
  | { id: number; kind: 'search'; query: string; limits: SearchLimits }
  | { id: number; kind: 'counts' }
  | { id: number; kind: 'snapshot' }
  | { id: number; kind: 'load'; bytes: Uint8Array };

/** A request without its id, as callers write it. */
export type SearchCommand = SearchRequest extends infer R ? (R extends SearchRequest ? Omit<R, 'id'> : never) : never;

export type SearchResponse =
  | { id: number; kind: 'done'; size: number }
  | { id: number; kind: 'results'; results: SearchResults }
  | { id: number; kind: 'counts'; counts: Record<SearchType, number> }
  | { id: number; kind: 'snapshot'; bytes: Uint8Array<ArrayBuffer> }
  | { id: number; kind: 'failed'; message: string };

/** What the worker holds: the index, which `load` replaces whole. */
export interface SearchState {
  index: SearchIndex;
}

/**
 * Runs one request against the index: the whole of the worker's logic, a plain function so tests
 * run it in Node without a Worker. Failures come back as a response (errors do not survive
 * structured cloning).
 */
export function answerSearchRequest(state: SearchState, request: SearchRequest): SearchResponse {
  const { index } = state;
  try {
    switch (request.kind) {
      case 'upsert':
        index.upsert(request.documents, request.sweep);
        return { id: request.id, kind: 'done', size: index.size };
      case 'remove':
        index.remove(request.type, request.ids);
        return { id: request.id, kind: 'done', size: index.size };
      case 'sweep':
        index.sweep(request.type, request.sweep);
        return { id: request.id, kind: 'done', size: index.size };
      case 'search':
        return { id: request.id, kind: 'results', results: index.search(request.query, request.limits) };
      case 'counts':
        return { id: request.id, kind: 'counts', counts: index.counts() };
      case 'snapshot':
        return { id: request.id, kind: 'snapshot', bytes: index.snapshot() };
      case 'load':
        state.index = SearchIndex.fromSnapshot(request.bytes);
        return { id: request.id, kind: 'done', size: state.index.size };
    }
  } catch (error) {
    return { id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
