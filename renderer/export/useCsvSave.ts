import { useCallback, useState } from 'react';
import { usePlatform } from '../platform';
import { saveCsv, type CsvCell } from './csv';

/** Where a CSV export stands, for the status line next to its button. */
export type CsvSaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; file: string; rows: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: string };

/**
 * Saves CSV files through the Platform and keeps the outcome for the screen to say: how many rows
 * (the header not counted) went into which file, that the dialog was cancelled, or why it failed.
 * `save` answers whether the file was saved (the caller may then log the export).
 */
export function useCsvSave(): { state: CsvSaveState; save: (fileName: string, rows: readonly (readonly CsvCell[])[]) => Promise<boolean> } {
  const platform = usePlatform();
  const [state, setState] = useState<CsvSaveState>({ kind: 'idle' });
  const save = useCallback(
    async (file: string, rows: readonly (readonly CsvCell[])[]) => {
      setState({ kind: 'saving' });
      try {
        const saved = await saveCsv(platform, file, rows);
        setState(saved ? { kind: 'saved', file, rows: Math.max(0, rows.length - 1) } : { kind: 'cancelled' });
        return saved;
      } catch (error) {
        setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
        return false;
      }
    },
    [platform],
  );
  return { state, save };
}
