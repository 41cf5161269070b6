import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The data folder cannot be created or written (read-only disk or mount, no permission, a file
 * in the way, disk full). The server refuses to start with this one message, instead of a stack
 * trace repeated by every restart of its supervisor.
 */
export class DataDirNotWritable extends Error {
  readonly code = 'data_dir_not_writable';

  constructor(
    readonly dataDir: string,
    /** The system's error code: EROFS, EACCES, ENOTDIR, ENOSPC… */
    readonly reason: string,
    detail: string,
  ) {
    super(`The data folder ${dataDir} is not writable (${reason}: ${detail}); set ATTACHE_DATA_DIR to a folder this user can write`);
    this.name = 'DataDirNotWritable';
  }
}

/**
 * Creates the data folder readable by its owner only (it holds the database and the admin
 * secret) and proves it writable by writing a file there: `mkdir` of a folder that exists
 * succeeds on a read-only disk, and permissions say nothing to root.
 */
export async function ensureDataDir(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    const probe = join(dataDir, `.write-check-${randomBytes(4).toString('hex')}`);
    await writeFile(probe, 'attache');
    await rm(probe, { force: true });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new DataDirNotWritable(dataDir, code ?? 'unknown', message.replace(/^[A-Z]+: /, ''));
  }
}
