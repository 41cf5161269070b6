import type { SearchIndex, SearchLimits } from './SearchIndex';
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
  | { id: number; kind: 'search'; query: string; limits: SearchLimits };

/** A request without its id, as callers write it. */
export type SearchCommand = SearchRequest extends infer R ? (R extends SearchRequest ? Omit<R, 'id'> : never) : never;

export type SearchResponse =
  | { id: number; kind: 'done'; size: number }
  | { id: number; kind: 'results'; results: SearchResults }
  | { id: number; kind: 'failed'; message: string };

/**
 * Runs one request against the index: the whole of the worker's logic, a plain function so tests
 * run it in Node without a Worker. Failures come back as a response (errors do not survive
 * structured cloning).
 */
export function answerSearchRequest(index: SearchIndex, request: SearchRequest): SearchResponse {
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
    }
  } catch (error) {
    return { id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
