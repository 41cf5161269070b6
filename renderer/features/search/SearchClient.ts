import type { SearchLimits } from './SearchIndex';
import type { SearchCommand, SearchRequest, SearchResponse } from './searchProtocol';
import type { SearchDocument, SearchResults, SearchType } from './searchTypes';

/** Where requests go: the search worker in the app, an in-process index in tests and benches. */
export interface SearchPort {
  postMessage(request: SearchRequest): void;
  onmessage: ((event: MessageEvent<SearchResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export class SearchClosedError extends Error {
  constructor(reason = 'The search index was closed') {
    super(reason);
    this.name = 'SearchClosedError';
  }
}

/** The page's side of the search worker: typed requests, each answered by a promise. */
export class SearchClient {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (r: SearchResponse) => void; reject: (e: Error) => void }>();
  private closed: Error | null = null;

  constructor(private readonly port: SearchPort) {
    port.onmessage = (event) => this.receive(event.data);
    port.onerror = (event) => this.fail(new SearchClosedError(`The search worker failed: ${event.message}`));
  }

  /** Adds or replaces documents; `sweep` tags them as seen by a full reload (`SearchIndex.upsert`). */
  async upsert(documents: SearchDocument[], sweep = 0): Promise<void> {
    if (documents.length > 0) await this.request({ kind: 'upsert', documents, sweep });
  }

  async remove(type: SearchType, ids: string[]): Promise<void> {
    if (ids.length > 0) await this.request({ kind: 'remove', type, ids });
  }

  async sweep(type: SearchType, sweep: number): Promise<void> {
    await this.request({ kind: 'sweep', type, sweep });
  }

  async search(query: string, limits: SearchLimits): Promise<SearchResults> {
    const response = await this.request({ kind: 'search', query, limits });
    if (response.kind !== 'results') throw new Error(`Unexpected search response: ${response.kind}`);
    return response.results;
  }

  /** Live documents of each type. */
  async counts(): Promise<Record<SearchType, number>> {
    const response = await this.request({ kind: 'counts' });
    if (response.kind !== 'counts') throw new Error(`Unexpected search response: ${response.kind}`);
    return response.counts;
  }

  /** The index as bytes (`SearchIndex.snapshot`), to be sealed and saved. */
  async snapshot(): Promise<Uint8Array<ArrayBuffer>> {
    const response = await this.request({ kind: 'snapshot' });
    if (response.kind !== 'snapshot') throw new Error(`Unexpected search response: ${response.kind}`);
    return response.bytes;
  }

  /** Replaces the index with a saved one; rejects (index unchanged) if the bytes are not a snapshot of this format. */
  async load(bytes: Uint8Array): Promise<void> {
    await this.request({ kind: 'load', bytes });
  }

  /** Ends the worker; pending and later requests reject with `SearchClosedError`. */
  close(): void {
    this.fail(new SearchClosedError());
    this.port.terminate();
  }

  private request(command: SearchCommand): Promise<SearchResponse> {
    if (this.closed) return Promise.reject(this.closed);
    const id = this.nextId++;
    return new Promise<SearchResponse>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.port.postMessage({ ...command, id } as SearchRequest);
    }).then((response) => {
      if (response.kind === 'failed') throw new Error(response.message);
      return response;
    });
  }

  private receive(response: SearchResponse): void {
    const waiter = this.waiting.get(response.id);
    this.waiting.delete(response.id);
    waiter?.resolve(response);
  }

  private fail(error: Error): void {
    this.closed ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}

/**
 * Starts the search worker. It receives decrypted text, and ends with the page: locking reloads
 * the page (`lockSession`), which ends the worker and its index with it.
 */
export function startSearchWorker(): SearchClient {
  const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: 'search' });
  return new SearchClient(worker as unknown as SearchPort);
}
