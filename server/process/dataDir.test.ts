import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pgliteLockFile } from '../pgliteLock';
import { repoRoot, runServerToExit } from '../testing/serverProcess';
import { testStorage } from '../testing/testDb';

// Each case starts tsx in a child process: seconds on a busy machine. The cases run side by side.
vi.setConfig({ testTimeout: 90_000 });

/**
 * Who can be refused a read-only folder: root writes through any mode bits, so as root (CI) the
 * server runs as `nobody`, which needs the repository readable by others; `null` when it is not.
 */
const readOnlyTester = await pickReadOnlyTester();

async function pickReadOnlyTester(): Promise<{ runAs?: { uid: number; gid: number } } | null> {
  if (process.getuid?.() !== 0) return {};
  for (let dir = repoRoot; ; dir = dirname(dir)) {
    if (((await stat(dir)).mode & 0o005) !== 0o005) return null;
    if (dirname(dir) === dir) return { runAs: { uid: 65534, gid: 65534 } };
  }
}

/** The one line a refused start writes on stderr, parsed; fails the test if there is more. */
function refusalLine(run: { stdout: string; stderr: string }): Record<string, unknown> {
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  // No stack trace anywhere, and nothing on stdout (the log of a server that never started).
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stdout).toBe('');
  return JSON.parse(lines[0] as string) as Record<string, unknown>;
}

// What the server does with its folder does not depend on the database: run once, on PGlite's project.
describe.skipIf(testStorage() === 'postgres').concurrent('a server whose data folder it cannot use refuses to start, in one line', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'attache-datadir-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('a folder that cannot be created (a file in the way) exits 78 with data_dir_not_writable', async () => {
    await writeFile(join(scratch, 'a-file'), 'not a folder');
    const dataDir = join(scratch, 'a-file', 'data');
    const run = await runServerToExit({ dataDir });
    expect(run.code).toBe(78);
    const line = refusalLine(run);
    expect(line).toMatchObject({ level: 60, code: 'data_dir_not_writable', dataDir, reason: 'ENOTDIR' });
    expect(line.msg).toContain(`The data folder ${dataDir} is not writable`);
  });

  it('on PostgreSQL too, before connecting: the blobs live in the data folder', async () => {
    await writeFile(join(scratch, 'another-file'), 'not a folder');
    const dataDir = join(scratch, 'another-file', 'data');
    // Nothing listens on port 1: had the server tried the database first, it would fail differently.
    const run = await runServerToExit({ dataDir, databaseUrl: 'postgres://attache:attache@127.0.0.1:1/none' });
    expect(run.code).toBe(78);
    expect(refusalLine(run)).toMatchObject({ code: 'data_dir_not_writable', dataDir });
  });

  it.skipIf(readOnlyTester === null)('a read-only folder (mode 0555) exits 78 with EACCES', async () => {
    const dataDir = join(scratch, 'read-only');
    await mkdir(dataDir);
    await chmod(dataDir, 0o555);
    // The other user must reach the folder (mkdtemp made the scratch folder its owner's only).
    await chmod(scratch, 0o755);
    const run = await runServerToExit({ dataDir, ...readOnlyTester });
    expect(run.code).toBe(78);
    expect(refusalLine(run)).toMatchObject({ code: 'data_dir_not_writable', dataDir, reason: 'EACCES' });
  });

  it('a PGlite folder another running process has open exits 75 with data_dir_in_use, and opens nothing', async () => {
    const dataDir = join(scratch, 'in-use');
    await mkdir(dataDir);
    // This test process stands for the server already running on the folder.
    await writeFile(pgliteLockFile(dataDir), JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
    const run = await runServerToExit({ dataDir });
    expect(run.code).toBe(75);
    const line = refusalLine(run);
    expect(line).toMatchObject({ code: 'data_dir_in_use', dataDir, holderPid: process.pid });
    expect(line.msg).toContain('PGlite allows one process per folder');
    expect(await readdir(dataDir)).toEqual(['pglite.lock']);
  });
});
