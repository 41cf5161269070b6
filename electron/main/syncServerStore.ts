// The sync server the app:// policy lets the page connect to, kept in a small JSON file in the
// user-data folder so it survives restarts. One store is created by the composition root; the
// value lives in the returned object, not in a module global.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { syncServerOriginSchema } from '../../shared/ipc/contract';

/** The file's name inside `app.getPath('userData')`. */
export const syncServerFileName = 'sync-server.json';

/** What the file holds: `{ "origin": "https://sync.customs.example" }`, or `null` once forgotten. */
const fileSchema = z.object({ origin: syncServerOriginSchema.nullable() }).strict();

export interface SyncServerStore {
  /** The configured origin (`https://sync.customs.example`), or `null` before the first enrollment. */
  get(): string | null;
  /**
   * Stores `origin` (`null` forgets it) and resolves whether it differs from the previous value;
   * an unchanged value writes nothing. The origin is checked again here (the IPC contract already
   * did) and an invalid one rejects. The file is written before the value changes, so a failed
   * write (which rejects) leaves both as they were.
   */
  set(origin: string | null): Promise<boolean>;
}

export interface SyncServerStoreDeps {
  /** Full path of the JSON file. */
  filePath: string;
  /** Where an unreadable or invalid file is reported (the main-process log). */
  log(message: string): void;
}

/**
 * Reads the file once. A missing file means "not configured"; an unreadable, malformed or invalid
 * one (hand-edited, an http origin) is ignored and logged, which also means "not configured":
 * that policy still only allows https and loopback, and the next enrollment rewrites the file.
 */
export async function loadSyncServerStore({ filePath, log }: SyncServerStoreDeps): Promise<SyncServerStore> {
  let current = await readOrigin(filePath, log);
  // Writes are queued so two quick calls cannot interleave their temporary files.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    get: () => current,
    set(origin) {
      const run = queue.then(async () => {
        const checked = origin === null ? null : syncServerOriginSchema.parse(origin);
        if (checked === current) return false;
        await writeAtomically(filePath, JSON.stringify({ origin: checked }) + '\n');
        current = checked;
        return true;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

async function readOrigin(filePath: string, log: (message: string) => void): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log(`Could not read ${filePath}: ${String(error)}`);
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    log(`Ignored ${filePath}: not JSON`);
    return null;
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    log(`Ignored ${filePath}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    return null;
  }
  return parsed.data.origin;
}

/** Writes beside the file and renames over it, so a crash mid-write never leaves half a file. */
async function writeAtomically(filePath: string, text: string): Promise<void> {
  const temporary = `${filePath}.tmp`;
  await mkdir(path.dirname(filePath), { recursive: true });
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, filePath);
}
