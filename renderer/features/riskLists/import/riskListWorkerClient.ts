import type { RiskEntry, RiskLevel } from '../../../../shared/domain';
import { ImportCancelledError } from '../data/saveRiskListVersion';
import type { ParseSummary, RiskListWorkerRequest, RiskListWorkerResponse, WorkerPhase } from './workerProtocol';

/** The part of a Worker the client uses (a fake in tests). */
export interface WorkerPort {
  postMessage(message: RiskListWorkerRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<RiskListWorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export type WorkerProgress = { phase: WorkerPhase; done: number; total: number };

/** Raised when the worker could not do the job (a broken pack, a worker crash); the message says why. */
export class RiskListWorkerError extends Error {
  override name = 'RiskListWorkerError';
}

/**
 * One risk-list worker and the one job it runs at a time. `cancel` ends the worker at once
 * (a 100k-row parse cannot be interrupted otherwise) and the pending job rejects with
 * `ImportCancelledError`; the client is unusable afterwards.
 */
export class RiskListWorkerClient {
  private pending: { resolve: (response: RiskListWorkerResponse) => void; reject: (error: Error) => void; onProgress?: (p: WorkerProgress) => void } | null = null;
  private ended = false;

  constructor(private readonly port: WorkerPort) {
    port.onmessage = ({ data }) => {
      const job = this.pending;
      if (!job) return;
      if (data.kind === 'progress') return job.onProgress?.(data);
      this.pending = null;
      if (data.kind === 'failed') job.reject(new RiskListWorkerError(data.message));
      else job.resolve(data);
    };
    port.onerror = (event) => this.fail(new RiskListWorkerError(event.message || 'The risk-list worker stopped'));
  }

  private run(request: RiskListWorkerRequest, onProgress?: (p: WorkerProgress) => void, transfer: Transferable[] = []): Promise<RiskListWorkerResponse> {
    if (this.ended) return Promise.reject(new ImportCancelledError());
    if (this.pending) return Promise.reject(new Error('The risk-list worker is busy'));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject, onProgress };
      this.port.postMessage(request, transfer);
    });
  }

  private fail(error: Error) {
    const job = this.pending;
    this.pending = null;
    job?.reject(error);
  }

  /** Reads and checks a file's bytes; the worker keeps the valid rows for `build`. */
  async parse(bytes: ArrayBuffer, fileName: string, onProgress?: (p: WorkerProgress) => void): Promise<ParseSummary> {
    const response = await this.run({ kind: 'parse', bytes, fileName }, onProgress, [bytes]);
    if (response.kind !== 'parsed') throw new RiskListWorkerError(`Unexpected answer ${response.kind}`);
    const { kind: _kind, ...summary } = response;
    return summary;
  }

  /** The valid rows of the parsed file as entries of `listId`, and their pack. */
  async build(listId: string, defaultRiskLevel: RiskLevel, onProgress?: (p: WorkerProgress) => void) {
    const response = await this.run({ kind: 'build', listId, defaultRiskLevel }, onProgress);
    if (response.kind !== 'built') throw new RiskListWorkerError(`Unexpected answer ${response.kind}`);
    return { entries: response.entries, pack: { sha256: response.sha256, bytes: new Uint8Array(response.bytes) } };
  }

  /** The checked entries of a downloaded pack. */
  async unpack(bytes: Uint8Array<ArrayBuffer>, listId: string, entryCount: number): Promise<RiskEntry[]> {
    const copy = bytes.slice().buffer;
    const response = await this.run({ kind: 'unpack', bytes: copy, listId, entryCount }, undefined, [copy]);
    if (response.kind !== 'unpacked') throw new RiskListWorkerError(`Unexpected answer ${response.kind}`);
    return response.entries;
  }

  /** Ends the worker; a running job rejects with `ImportCancelledError`. */
  cancel(): void {
    if (this.ended) return;
    this.ended = true;
    this.port.terminate();
    this.fail(new ImportCancelledError());
  }
}

/** A fresh worker for one import or unpack (it dies with `cancel`, or with the page). */
export function startRiskListWorker(): RiskListWorkerClient {
  const worker = new Worker(new URL('./riskListWorker.ts', import.meta.url), { type: 'module', name: 'risk-lists' });
  return new RiskListWorkerClient(worker as unknown as WorkerPort);
}
