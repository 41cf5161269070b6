import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, createGzip } from 'node:zlib';
import { ServiceError } from '../services/errors';

/**
 * The server backup file: gzip-compressed JSON lines, written and read with SQL only
 * (`row_to_json` out, `json_populate_recordset` in), so a backup of PGlite restores into
 * PostgreSQL and the other way round. Lines, in order:
 *
 * 1. the header (`BackupHeader`);
 * 2. for each table, parents before children: `{"table": name}`, then one `{"r": row}` per row,
 *    the row as `row_to_json` writes it (column names as in SQL);
 * 3. for each attachment blob the `blobs` table names: `{"blob": sha256, "size": n}`, then its
 *    bytes in `{"bytes": base64}` lines of at most `blobChunkBytes` each;
 * 4. the trailer `{"end": BackupCounts}`: a file without it (cut short) is refused whole.
 */
export const backupFormat = 'attache-server-backup';
export const backupFormatVersion = 1;
export const blobChunkBytes = 1024 * 1024;

export interface BackupHeader {
  format: typeof backupFormat;
  formatVersion: number;
  /** The server's schema (highest migration) the rows were read at: restore rebuilds it first. */
  schemaVersion: number;
  createdAt: string;
  /** Tables in file order. */
  tables: string[];
}

export interface BackupCounts {
  /** Rows per table. */
  rows: Record<string, number>;
  blobs: number;
  /** Blobs the `blobs` table names whose bytes the blob store did not have when the backup ran. */
  missingBlobs: string[];
}

export type BackupLine =
  | { table: string }
  | { r: Record<string, unknown> }
  | { blob: string; size: number }
  | { bytes: string }
  | { end: BackupCounts };

/**
 * Writes lines through gzip into `path` (created readable by its owner only: the backup holds the
 * token hashes and every record). `write` waits while gzip or the disk is behind, so a backup of
 * any size streams in bounded memory.
 */
export function openBackupWriter(path: string): { write(text: string): Promise<void>; finish(): Promise<void> } {
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(path, { mode: 0o600, flags: 'wx' }));
  // Reported by `finish` (or by a waiting `write`); never an unhandled rejection meanwhile.
  written.catch(() => undefined);
  return {
    async write(text) {
      if (!gzip.write(text)) await Promise.race([once(gzip, 'drain'), written]);
    },
    async finish() {
      gzip.end();
      await written;
    },
  };
}

/** Reads a backup file line by line, each parsed; a damaged or cut gzip stream throws. */
export async function* readBackupLines(path: string): AsyncGenerator<BackupLine> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let lineNumber = 0;
  const parse = (text: string): BackupLine => {
    lineNumber += 1;
    try {
      return JSON.parse(text) as BackupLine;
    } catch {
      throw new ServiceError('invalid_request', `The backup file is damaged: line ${lineNumber} is not JSON`);
    }
  };
  const file = createReadStream(path);
  const source = file.pipe(createGunzip());
  // pipe() does not pass a read error on (a missing file would leave the reader waiting forever).
  file.on('error', (error) => source.destroy(error));
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      const text = carry + decoder.write(chunk);
      const lines = text.split('\n');
      carry = lines.pop() ?? '';
      for (const line of lines) if (line !== '') yield parse(line);
    }
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ServiceError('not_found', `No backup file at ${path}`);
    throw new ServiceError('invalid_request', `The backup file cannot be read as a gzip backup (${code ?? 'damaged'})`);
  } finally {
    file.destroy();
    source.destroy();
  }
  carry += decoder.end();
  if (carry !== '') yield parse(carry);
}

/** Checks the first line of a backup and returns it. */
export function checkHeader(line: BackupLine | undefined): BackupHeader {
  const header = line as Partial<BackupHeader> | undefined;
  if (header?.format !== backupFormat) throw new ServiceError('invalid_request', 'Not an Attaché server backup file');
  if (header.formatVersion !== backupFormatVersion) {
    throw new ServiceError('invalid_request', `Backup format ${String(header.formatVersion)} is not one this server reads (${backupFormatVersion})`);
  }
  if (!Number.isInteger(header.schemaVersion) || !Array.isArray(header.tables)) {
    throw new ServiceError('invalid_request', 'The backup header is incomplete');
  }
  return header as BackupHeader;
}
