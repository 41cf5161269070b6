import { randomBytes } from 'node:crypto';
import { link, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file that says which process has the data folder's PGlite database open. */
export const pgliteLockFile = (dataDir: string) => join(dataDir, 'pglite.lock');

/**
 * Another live process (a second server, or the admin CLI working without one) has this data
 * folder's PGlite database open. PGlite takes no lock of its own: two processes on one folder
 * each hand out the same versions and the last to write loses the other's changes.
 */
export class DataDirInUse extends Error {
  readonly code = 'data_dir_in_use';

  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by process ${holderPid} (PGlite allows one process per folder; ` +
        `run several instances on PostgreSQL instead). If no Attaché server or admin command runs, delete ${pgliteLockFile(dataDir)}`,
    );
    this.name = 'DataDirInUse';
  }
}

/**
 * Takes the data folder's PGlite lock for this process, or throws `DataDirInUse`. A lock left by a
 * process that died (kill -9, power cut) is taken over: its pid no longer runs. The lock file
 * appears whole or not at all (written aside, then hard-linked into place), so a process starting
 * at the same moment never reads it half-written. Resolves to the release function.
 */
export async function lockPgliteFolder(dataDir: string): Promise<() => Promise<void>> {
  const file = pgliteLockFile(dataDir);
  const mine = JSON.stringify({ pid: process.pid, since: new Date().toISOString() });
  const aside = `${file}.${randomBytes(4).toString('hex')}`;
  await writeFile(aside, mine, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(aside, file);
        return async () => {
          // Only our own lock: never one a later process took over.
          if ((await readFile(file, 'utf8').catch(() => null)) === mine) await rm(file, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await lockHolder(file);
      if (holder !== null && holder !== process.pid && isRunning(holder)) throw new DataDirInUse(dataDir, holder);
      await rm(file, { force: true });
    }
    throw new Error(`Could not take ${file}: other processes keep taking it`);
  } finally {
    await rm(aside, { force: true });
  }
}

async function lockHolder(file: string): Promise<number | null> {
  try {
    const { pid } = JSON.parse(await readFile(file, 'utf8')) as { pid?: unknown };
    return Number.isSafeInteger(pid) ? (pid as number) : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
