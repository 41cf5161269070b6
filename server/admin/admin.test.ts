import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFolderBlobStore } from '../blobs/blobStore';
import type { Sql } from '../db/sql';
import { createInProcessNotifier } from '../notify/notifier';
import { createPgNotifier } from '../notify/pgNotifier';
import { enrollDevice } from '../services/enrollment';
import { openTestDb } from '../testing/testDb';
import { callAdminChannel, channelFile, startAdminChannel } from './channel';
import type { AdminCommand } from './commands';
import { runAdminCommand } from './commands';
import { parseAdminCli } from './parseAdminCli';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let sql: Sql;
let dataDir: string;
beforeAll(async () => {
  sql = await openTestDb();
  dataDir = await mkdtemp(join(tmpdir(), 'attache-admin-'));
});
afterAll(async () => {
  await sql.close();
  await rm(dataDir, { recursive: true, force: true });
});

function command(argv: string[]): AdminCommand {
  const request = parseAdminCli(argv);
  if (request.kind !== 'run') throw new Error(request.kind === 'usage-error' ? request.message : 'help');
  return request.command;
}
const run = (...argv: string[]) => runAdminCommand(sql, command(argv));

describe('admin commands', () => {
  it('take a workspace from creation to a revoked device', async () => {
    const ws = await run('create-workspace', '--name', 'VN Customs attaché office, Washington');
    expect(ws).toEqual({ id: expect.any(String), name: 'VN Customs attaché office, Washington' });
    const member = await run('add-member', '--workspace', String(ws.id), '--name', 'Nguyen Van A', '--role', 'member');
    expect(member).toMatchObject({ workspaceId: ws.id, role: 'member' });
    const issued = await run('enroll-code', '--member', String(member.id), '--ttl-hours', '2');
    expect(Object.keys(issued).sort()).toEqual(['code', 'expiresAt']);
    expect(Date.parse(String(issued.expiresAt)) - Date.now()).toBeGreaterThan(2 * 3_600_000 - 60_000);
    const { deviceId } = await enrollDevice(sql, { code: String(issued.code), deviceName: 'Laptop' });
    const listed = await run('list-devices', '--workspace', String(ws.id));
    expect(listed.devices).toEqual([expect.objectContaining({ id: deviceId, memberName: 'Nguyen Van A', revokedAt: null })]);
    const revoked = await run('revoke-device', '--device', deviceId);
    expect(revoked).toEqual({ id: deviceId, revokedAt: expect.any(String) });
  });

  it('list a workspace\'s audit events newest first, of one action when asked', async () => {
    const ws = await run('create-workspace', '--name', 'Audit office');
    const member = await run('add-member', '--workspace', String(ws.id), '--name', 'Tran Thi B', '--role', 'viewer');
    const listed = await run('list-audit-events', '--workspace', String(ws.id));
    expect((listed.events as { action: string }[]).map((e) => e.action)).toEqual(['member.add', 'workspace.create']);
    expect(listed.events).toContainEqual(expect.objectContaining({ actor: 'admin', deviceId: null, clientEventId: null, at: expect.any(String) }));
    const adds = await run('list-audit-events', '--workspace', String(ws.id), '--action', 'member.add', '--limit', '5');
    expect(adds.events).toEqual([expect.objectContaining({ details: expect.objectContaining({ memberId: member.id }) })]);
    await expect(run('list-audit-events', '--workspace', 'nope')).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('admin channel', () => {
  it('runs commands for a caller holding the secret, in an owner-only file', async () => {
    const channel = await startAdminChannel(sql, dataDir);
    try {
      expect((await stat(channelFile(dataDir))).mode & 0o777).toBe(0o600);
      const ws = await callAdminChannel(dataDir, { command: 'create-workspace', name: 'Brussels' });
      expect(ws).toMatchObject({ name: 'Brussels' });
      const rows = await sql.query('SELECT name FROM workspaces WHERE id = $1', [ws?.id]);
      expect(rows).toEqual([{ name: 'Brussels' }]);
      await expect(callAdminChannel(dataDir, { command: 'revoke-device', device: 'nope' })).rejects.toMatchObject({ code: 'not_found' });

      // A caller with a wrong secret is refused and nothing runs.
      const info = JSON.parse(await readFile(channelFile(dataDir), 'utf8')) as { port: number };
      const response = await fetch(`http://127.0.0.1:${info.port}/admin`, {
        method: 'POST',
        headers: { 'x-admin-secret': 'guess' },
        body: JSON.stringify({ command: 'create-workspace', name: 'Intruder' }),
      });
      expect(response.status).toBe(401);
      expect(await sql.query(`SELECT 1 FROM workspaces WHERE name = 'Intruder'`)).toEqual([]);
    } finally {
      await channel.close();
    }
    // Closed: the file is gone and the CLI would open the data folder itself.
    expect(await callAdminChannel(dataDir, { command: 'create-workspace', name: 'X' })).toBeNull();
  });

  it('backs up and restores through the running server, which pokes its devices after a restore', async () => {
    const blobs = createFolderBlobStore(join(dataDir, 'blobs'));
    // On PostgreSQL the restore's own transaction pokes every instance (pg_notify), heard here as
    // a server instance hears it; on PGlite the running server pokes its devices itself.
    const notifier = sql.kind === 'postgres' ? await createPgNotifier(String(process.env.DATABASE_URL)) : createInProcessNotifier();
    const channel = await startAdminChannel(sql, dataDir, { blobs, notifier });
    try {
      const ws = await callAdminChannel(dataDir, { command: 'create-workspace', name: 'Hanoi liaison' });
      const pokes: number[] = [];
      notifier.subscribe(String(ws?.id), (version) => pokes.push(version));
      const file = join(dataDir, 'channel.backup.gz');
      const backup = await callAdminChannel(dataDir, { command: 'backup', file });
      expect(backup).toMatchObject({ file, tables: expect.objectContaining({ workspaces: expect.any(Number) }) });
      await callAdminChannel(dataDir, { command: 'create-workspace', name: 'After the backup' });
      await expect(callAdminChannel(dataDir, { command: 'restore', file })).rejects.toMatchObject({ code: 'forbidden' });
      const restored = await callAdminChannel(dataDir, { command: 'restore', file, replace: true });
      expect(restored).toMatchObject({ replaced: true });
      expect(await sql.query(`SELECT 1 FROM workspaces WHERE name = 'After the backup'`)).toEqual([]);
      const resumed = (restored?.workspaces as { id: string; resumedVersion: number }[]).find((w) => w.id === ws?.id);
      await vi.waitFor(() => expect(pokes).toEqual([resumed?.resumedVersion]), { timeout: 5_000 });
    } finally {
      await channel.close();
      await notifier.close();
    }
  });

  it('treats a stale channel file of a dead server as no server', async () => {
    await writeFile(channelFile(dataDir), JSON.stringify({ port: 1, secret: 'x' }));
    expect(await callAdminChannel(dataDir, { command: 'create-workspace', name: 'X' })).toBeNull();
  });
});
