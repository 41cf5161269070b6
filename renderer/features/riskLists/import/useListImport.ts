import { useCallback, useEffect, useRef, useState } from 'react';
import type { RiskLevel, RiskList } from '../../../../shared/domain';
import { newId, useDatabase } from '../../../db';
import { ImportCancelledError, saveRiskListVersion } from '../data/saveRiskListVersion';
import { startRiskListWorker, type RiskListWorkerClient, type WorkerProgress } from './riskListWorkerClient';
import type { ImportPhase, ParseSummary } from './workerProtocol';

export type ImportProgress = { phase: ImportPhase; done: number; total: number };

/** The list's own fields, as the import page collects them. */
export type ListMetadata = Omit<RiskList, 'id' | 'entriesSha256' | 'entryCount' | 'createdAt' | 'updatedAt'>;

/** Where an import stands: the page shows a progress bar while `busy`, the checked file once `checked`. */
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; progress: WorkerProgress | null }
  | { kind: 'checked'; fileName: string; summary: ParseSummary }
  | { kind: 'saving'; fileName: string; summary: ParseSummary; progress: ImportProgress | null }
  | { kind: 'cancelled' }
  | { kind: 'failed'; fileName: string; reason: string };

/**
 * One import: read a file in a worker (Cancel ends the worker), then store the version the
 * officer confirms. Nothing is written before `save`, and `save` writes everything or nothing.
 */
export function useListImport() {
  const { db, deviceId, actor } = useDatabase();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const worker = useRef<RiskListWorkerClient | null>(null);

  const endWorker = () => {
    worker.current?.cancel();
    worker.current = null;
  };
  useEffect(() => endWorker, []);

  const read = useCallback(async (file: File) => {
    endWorker();
    const client = startRiskListWorker();
    worker.current = client;
    setState({ kind: 'reading', fileName: file.name, progress: null });
    try {
      const summary = await client.parse(await file.arrayBuffer(), file.name, (progress) =>
        setState({ kind: 'reading', fileName: file.name, progress }),
      );
      setState({ kind: 'checked', fileName: file.name, summary });
      return summary;
    } catch (error) {
      if (error instanceof ImportCancelledError) return null;
      setState({ kind: 'failed', fileName: file.name, reason: error instanceof Error ? error.message : String(error) });
      return null;
    }
  }, []);

  /** Stores the checked rows as a new list version; resolves its id, or null when cancelled or failed. */
  const save = useCallback(
    async (metadata: ListMetadata, defaultRiskLevel: RiskLevel): Promise<string | null> => {
      const client = worker.current;
      if (state.kind !== 'checked' || !client) return null;
      const { fileName, summary } = state;
      setState({ kind: 'saving', fileName, summary, progress: null });
      try {
        const listId = newId();
        const { pack } = await client.build(listId, defaultRiskLevel, (progress) => setState({ kind: 'saving', fileName, summary, progress }));
        // Past this point the write cannot be cancelled: it is one transaction, whole or nothing.
        endWorker();
        setState({ kind: 'saving', fileName, summary, progress: { phase: 'writing', done: 0, total: 1 } });
        await saveRiskListVersion(db, { list: { ...metadata, id: listId, entriesSha256: pack.sha256, entryCount: summary.validCount }, pack }, { actor: actor || deviceId, deviceId });
        return listId;
      } catch (error) {
        if (!(error instanceof ImportCancelledError)) {
          setState({ kind: 'failed', fileName, reason: error instanceof Error ? error.message : String(error) });
        }
        return null;
      }
    },
    [db, deviceId, actor, state],
  );

  const cancel = useCallback(() => {
    endWorker();
    setState({ kind: 'cancelled' });
  }, []);

  return { state, read, save, cancel };
}
