import type { RiskEntry } from '../../../../shared/domain';
import type { CaseScreeningChange } from '../../../../shared/matching';
import type { ListedHit, QuickHit, QuickQuery, ScreenedCase, ScreeningRequest, ScreeningResponse } from './screeningProtocol';

/** The part of a Worker the client uses (a fake in tests). */
export interface ScreeningPort {
  postMessage(message: ScreeningRequest): void;
  onmessage: ((event: MessageEvent<ScreeningResponse>) => void) | null;
}

type Pending = { resolve(response: ScreeningResponse): void; reject(error: Error): void; onProgress?(done: number, total: number): void };
type RequestBody<K extends ScreeningRequest['kind']> = Omit<Extract<ScreeningRequest, { kind: K }>, 'id' | 'kind'>;

/**
 * Talks to the screening worker: each request gets an id and resolves with its answer. The worker
 * answers in order, so a case screened while the lists are being indexed simply waits for them.
 */
export class ScreeningClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The lists the worker holds, so each version's entries cross to it once. */
  private readonly held = new Set<string>();
  /** The lists the last `setLists` dropped: the worker keeps their entries for the re-screen that follows. */
  private replaced = new Set<string>();

  constructor(private readonly port: ScreeningPort) {
    port.onmessage = ({ data }) => {
      const job = this.pending.get(data.id);
      if (!job) return;
      if (data.kind === 'progress') return job.onProgress?.(data.done, data.total);
      this.pending.delete(data.id);
      if (data.kind === 'failed') job.reject(new Error(data.message));
      else job.resolve(data);
    };
  }

  private send<K extends ScreeningRequest['kind']>(kind: K, body: RequestBody<K>, onProgress?: Pending['onProgress']): Promise<ScreeningResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.port.postMessage({ ...body, kind, id } as unknown as ScreeningRequest);
    });
  }

  /** Whether the worker already holds `listId`'s entries. */
  holds(listId: string): boolean {
    return this.held.has(listId);
  }

  /** Whether the worker kept `listId`'s entries when the last `setLists` replaced it: a re-screen against it need not send them. */
  keptReplaced(listId: string): boolean {
    return this.replaced.has(listId);
  }

  /** Makes the lists in force exactly `listIds`; `added` brings the entries of those it does not hold. Resolves the entries indexed. */
  async setLists(listIds: string[], added: { listId: string; entries: RiskEntry[] }[]): Promise<number> {
    const response = await this.send('setLists', { listIds, added });
    this.replaced = new Set([...this.held].filter((id) => !listIds.includes(id)));
    this.held.clear();
    for (const id of listIds) this.held.add(id);
    return response.kind === 'listsSet' ? response.entryCount : 0;
  }

  async screenCase(subject: ScreenedCase): Promise<ListedHit[]> {
    const response = await this.send('screenCase', { subject });
    return response.kind === 'caseHits' ? response.hits : [];
  }

  async quick(query: QuickQuery): Promise<QuickHit[]> {
    const response = await this.send('quick', { query });
    return response.kind === 'quickHits' ? response.hits : [];
  }

  /** `previous.entries` null: the version the last `setLists` replaced (`keptReplaced`). */
  async rescreen(
    previous: { listId: string; entries: RiskEntry[] | null } | null,
    nextListId: string,
    cases: ScreenedCase[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ changes: CaseScreeningChange[]; changedEntries: number }> {
    const response = await this.send('rescreen', { previous, nextListId, cases }, onProgress);
    if (previous) this.replaced.delete(previous.listId);
    return response.kind === 'rescreened' ? { changes: response.changes, changedEntries: response.changedEntries } : { changes: [], changedEntries: 0 };
  }
}

/** Starts the screening worker; it ends with the page (locking reloads it). */
export function startScreeningWorker(): ScreeningClient {
  const worker = new Worker(new URL('./screeningWorker.ts', import.meta.url), { type: 'module', name: 'screening' });
  return new ScreeningClient(worker as unknown as ScreeningPort);
}
