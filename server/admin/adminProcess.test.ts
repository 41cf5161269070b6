import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lockPgliteFolder } from '../pgliteLock';

// Each run starts tsx, seconds on a busy machine. (Commands that open the data folder are tested
// in-process in admin.test.ts: PGlite in a child process takes far longer.)
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'attache-admin-cli-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** Runs `server/admin.ts` as `npm run admin -- …` does, with an empty data folder. */
function admin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // Never the developer's PostgreSQL: the runs below must not touch any database.
  const { DATABASE_URL: _unused, ...inherited } = process.env;
  const env = { ...inherited, ATTACHE_DATA_DIR: dataDir };
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'server/admin.ts', ...args], { env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

describe('npm run admin', () => {
  it('writes a backup of the data folder to a path relative to where it runs, and restores it', async () => {
    const backup = await admin('backup', '--file', join(relative(process.cwd(), dataDir), 'cli.backup.gz'));
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    const written = JSON.parse(backup.stdout) as { file: string; tables: Record<string, number> };
    expect(written).toMatchObject({ file: join(dataDir, 'cli.backup.gz'), tables: expect.objectContaining({ rows: 0 }) });
    const restore = await admin('restore', '--file', written.file);
    expect(restore.code).toBe(0);
    expect(JSON.parse(restore.stdout)).toMatchObject({ replaced: false, workspaces: [] });
    // Two runs that each open PGlite in a child process: the slowest test of the file.
  }, 180_000);

  it('tells a data folder another process holds as data_dir_in_use, naming it, without a stack trace', async () => {
    // This test process holds the folder as a server starting up would, before its admin channel is open.
    const release = await lockPgliteFolder(dataDir);
    try {
      const { code, stdout, stderr } = await admin('list-devices', '--workspace', 'any');
      expect(code).toBe(1);
      expect(stderr).toBe('');
      expect(JSON.parse(stdout)).toEqual({
        error: { code: 'data_dir_in_use', message: expect.stringContaining(dataDir), details: { dataDir, holderPid: process.pid } },
      });
    } finally {
      await release();
    }
  });

  it('prints the commands for --help, on stdout, and exits 0', async () => {
    const { code, stdout, stderr } = await admin('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run admin -- <command> \[options\]/);
    expect(stdout).toMatch(/revoke-device +Revoke a device/);
    expect(stderr).toBe('');
  });

  it('without arguments says so in words with the usage on stderr, nothing on stdout, and exits 2', async () => {
    const { code, stdout, stderr } = await admin();
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^No command given\.\n\nUsage: npm run admin -- <command>/);
    expect(stderr).not.toMatch(/discriminator/i);
  });
});
