import { describe, expect, it, vi } from 'vitest';
import { ImportCancelledError } from '../data/saveRiskListVersion';
import { RiskListWorkerClient, RiskListWorkerError, type WorkerPort } from './riskListWorkerClient';
import type { RiskListWorkerRequest, RiskListWorkerResponse } from './workerProtocol';

function fakePort() {
  const sent: RiskListWorkerRequest[] = [];
  const port: WorkerPort = { postMessage: (m) => void sent.push(m), onmessage: null, onerror: null, terminate: vi.fn() };
  const answer = (data: RiskListWorkerResponse) => port.onmessage?.({ data } as MessageEvent<RiskListWorkerResponse>);
  return { port, sent, answer };
}

describe('RiskListWorkerClient', () => {
  it('reports progress and resolves with the checked file', async () => {
    const { port, sent, answer } = fakePort();
    const client = new RiskListWorkerClient(port);
    const progress: number[] = [];
    const parsed = client.parse(new ArrayBuffer(4), 'list.csv', (p) => progress.push(p.done));
    expect(sent[0]).toMatchObject({ kind: 'parse', fileName: 'list.csv' });
    answer({ kind: 'progress', phase: 'checking', done: 2000, total: 5000 });
    answer({ kind: 'parsed', format: 'csv', validCount: 5000, errors: [], metadata: null });
    await expect(parsed).resolves.toEqual({ format: 'csv', validCount: 5000, errors: [], metadata: null });
    expect(progress).toEqual([2000]);
  });

  it('ends the worker on Cancel: the running job rejects as cancelled and nothing more can run', async () => {
    const { port } = fakePort();
    const client = new RiskListWorkerClient(port);
    const parsed = client.parse(new ArrayBuffer(4), 'big.csv');
    client.cancel();
    await expect(parsed).rejects.toBeInstanceOf(ImportCancelledError);
    expect(port.terminate).toHaveBeenCalledOnce();
    await expect(client.build('list', 'high')).rejects.toBeInstanceOf(ImportCancelledError);
  });

  it('rejects with the worker’s reason when it fails or crashes', async () => {
    const { port, answer } = fakePort();
    const client = new RiskListWorkerClient(port);
    const unpacked = client.unpack(new Uint8Array(3), 'list', 1);
    answer({ kind: 'failed', message: 'The downloaded entries belong to another list.' });
    await expect(unpacked).rejects.toThrow(new RiskListWorkerError('The downloaded entries belong to another list.'));
    const again = client.unpack(new Uint8Array(3), 'list', 1);
    port.onerror?.({ message: 'out of memory' } as ErrorEvent);
    await expect(again).rejects.toThrow('out of memory');
  });
});
