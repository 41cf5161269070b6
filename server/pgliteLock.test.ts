import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirInUse, lockPgliteFolder, pgliteLockFile } from './pgliteLock';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'attache-lock-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const holdBy = (pid: number) => writeFile(pgliteLockFile(dataDir), JSON.stringify({ pid, since: '2026-03-01T12:00:00.000Z' }));

/** The pid of a process that has already ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

describe('the PGlite folder lock', () => {
  it('is refused while another running process holds it, naming the folder and the process', async () => {
    await holdBy(process.ppid);
    const refusal = await lockPgliteFolder(dataDir).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DataDirInUse);
    expect((refusal as DataDirInUse).message).toContain(`${dataDir} is in use by process ${process.ppid}`);
    // The holder's lock is left as it was.
    expect(JSON.parse(await readFile(pgliteLockFile(dataDir), 'utf8'))).toMatchObject({ pid: process.ppid });
  });

  it('is taken over from a process that died without releasing it (kill -9, power cut)', async () => {
    await holdBy(deadPid());
    const release = await lockPgliteFolder(dataDir);
    expect(JSON.parse(await readFile(pgliteLockFile(dataDir), 'utf8'))).toMatchObject({ pid: process.pid });
    await release();
    await expect(readFile(pgliteLockFile(dataDir), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('is taken over when the lock file is empty or garbled (a crash while writing it)', async () => {
    await writeFile(pgliteLockFile(dataDir), '');
    const release = await lockPgliteFolder(dataDir);
    await release();
  });

  it('released late, leaves alone a lock another process has taken since', async () => {
    const release = await lockPgliteFolder(dataDir);
    await holdBy(process.ppid);
    await release();
    expect(JSON.parse(await readFile(pgliteLockFile(dataDir), 'utf8'))).toMatchObject({ pid: process.ppid });
  });

  it('leaves no temporary file behind', async () => {
    const release = await lockPgliteFolder(dataDir);
    await release();
    await holdBy(process.ppid);
    await lockPgliteFolder(dataDir).catch(() => undefined);
    expect(await readdir(dataDir)).toEqual(['pglite.lock']);
  });
});
