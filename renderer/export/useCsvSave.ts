import { useCallback, useState } from 'react';
import { usePlatform } from '../platform';
import { saveCsv, type CsvCell } from './csv';

/** Where an export stands, for the status line next to its button (`SaveStatus`). */
export type CsvSaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; file: string; rows: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: string };

/**
 * Runs a save through the Platform and keeps its outcome for the screen to say. `write` answers
 * whether the file was saved (false: the officer cancelled the dialog); `rows` is what the
 * status line counts.
 */
function useSaveState() {
  const [state, setState] = useState<CsvSaveState>({ kind: 'idle' });
  const run = useCallback(async (file: string, rows: number, write: () => Promise<boolean>) => {
    setState({ kind: 'saving' });
    try {
      const saved = await write();
      setState(saved ? { kind: 'saved', file, rows } : { kind: 'cancelled' });
      return saved;
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }, []);
  return { state, run };
}

/**
 * Saves CSV files through the Platform and keeps the outcome for the screen to say: how many rows
 * (the header not counted) went into which file, that the dialog was cancelled, or why it failed.
 * `save` answers whether the file was saved (the caller may then log the export).
 */
export function useCsvSave(): { state: CsvSaveState; save: (fileName: string, rows: readonly (readonly CsvCell[])[]) => Promise<boolean> } {
  const platform = usePlatform();
  const { state, run } = useSaveState();
  const save = useCallback(
    (file: string, rows: readonly (readonly CsvCell[])[]) => run(file, Math.max(0, rows.length - 1), () => saveCsv(platform, file, rows)),
    [platform, run],
  );
  return { state, save };
}

/**
 * `useCsvSave` for a file already written (a JSON document, a CSV in a fixed format, the bytes of
 * a workspace file): `rows` is what the status counts.
 */
export function useFileSave(): { state: CsvSaveState; save: (fileName: string, data: string | Uint8Array, mediaType: string, rows: number) => Promise<boolean> } {
  const platform = usePlatform();
  const { state, run } = useSaveState();
  const save = useCallback(
    (file: string, data: string | Uint8Array, mediaType: string, rows: number) => run(file, rows, () => platform.saveFile(file, data, mediaType)),
    [platform, run],
  );
  return { state, save };
}
