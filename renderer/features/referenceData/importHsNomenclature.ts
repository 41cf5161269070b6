import Papa from 'papaparse';
import type { AttacheDb, HsCodeRow } from '../../db';
import { checkHsRow, readHsHeader, type HsColumns, type HsRejectReason } from './hsRowCheck';

export interface HsRejectedRow {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  reason: HsRejectReason;
  /** The row as it appeared in the file, re-quoted as CSV. */
  raw: string;
}

export interface HsImportResult {
  imported: number;
  rejected: HsRejectedRow[];
}

export interface HsImportProgress {
  /** Data rows read so far (header and blank lines not counted) = imported + rejected. */
  rowsRead: number;
  imported: number;
  rejected: number;
  /** Share of the input parsed and written, 0…1 (reaches exactly 1 when done). */
  fraction: number;
}

/** The file itself cannot be imported (no usable header); `reason` is an i18n key under `referenceData.error`. */
export class HsImportError extends Error {
  constructor(readonly reason: 'noHeader' | 'missingColumns') {
    super(`HS nomenclature file not importable: ${reason}`);
    this.name = 'HsImportError';
  }
}

/** Characters parsed per chunk: about a thousand HS rows, so progress moves and memory stays flat. */
const chunkSize = 64 * 1024;

/**
 * Imports a commodity nomenclature CSV (`section,hscode,description,parent,level`, as UN Comtrade
 * publishes HS 2022; national 8/10-digit files use the same columns) into `db.hsCodes`.
 * Streams the input in chunks and upserts each chunk's valid rows with one `bulkPut`, so
 * re-importing a file (or a newer edition) replaces codes in place. Every row that is not imported
 * is returned with its line number and reason. A file without the required header columns throws
 * `HsImportError` before anything is written. Chunks already written stay written if a later
 * chunk fails to write: reference data is idempotent, re-running the import completes it.
 */
export async function importHsNomenclature(
  db: AttacheDb,
  input: File | string,
  onProgress?: (progress: HsImportProgress) => void,
): Promise<HsImportResult> {
  // Papa streams a File through FileReader; where there is none (Node tests) read it whole.
  const source: File | string = typeof input === 'string' || typeof FileReader !== 'undefined' ? input : await input.text();
  const total = typeof source === 'string' ? source.length : source.size;
  const rejected: HsRejectedRow[] = [];
  const seen = new Set<string>();
  let columns: HsColumns | null = null;
  let line = 0; // every parsed line including the header and blank lines
  let rowsRead = 0;
  let imported = 0;

  const handleRows = async (rows: string[][]) => {
    const accepted: HsCodeRow[] = [];
    for (const fields of rows) {
      line += 1;
      if (!columns) {
        columns = readHsHeader(fields);
        if (!columns) throw new HsImportError(fields.join('') === '' ? 'noHeader' : 'missingColumns');
        continue;
      }
      if (fields.length === 1 && fields[0] === '') continue; // blank line
      rowsRead += 1;
      const checked = checkHsRow(fields, columns, seen);
      if ('row' in checked) {
        seen.add(checked.row.code);
        accepted.push(checked.row);
      } else {
        rejected.push({ line, reason: checked.reason, raw: Papa.unparse([fields]) });
      }
    }
    if (accepted.length > 0) await db.hsCodes.bulkPut(accepted);
    imported += accepted.length;
  };

  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(source as never, {
      header: false,
      skipEmptyLines: false,
      chunkSize,
      chunk(results, parser) {
        // Pause while the chunk is written, so rows are written in file order and never pile up.
        parser.pause();
        handleRows(results.data)
          .then(() => {
            onProgress?.({ rowsRead, imported, rejected: rejected.length, fraction: Math.min(results.meta.cursor / Math.max(total, 1), 0.999) });
            parser.resume();
          })
          .catch((error: unknown) => {
            reject(error); // first: abort() calls complete, whose resolve must not win
            parser.abort();
          });
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  });
  if (!columns) throw new HsImportError('noHeader');
  onProgress?.({ rowsRead, imported, rejected: rejected.length, fraction: 1 });
  return { imported, rejected };
}
