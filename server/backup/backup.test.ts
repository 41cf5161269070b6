import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pullResponseSchema } from '../../shared/sync/wire';
import type { BlobStore } from '../blobs/blobStore';
import { createFolderBlobStore } from '../blobs/blobStore';
import { migrate, schemaVersion } from '../db/migrate';
import { openPgliteSql } from '../db/pgliteSql';
import type { Sql } from '../db/sql';
import { recordAudit } from '../services/audit';
import { authenticate } from '../services/devices';
import { pullAnswerJson, pullChanges } from '../sync/pull';
import { applyPush } from '../sync/push';
import { openTestDb, testStorage } from '../testing/testDb';
import type { EnrolledDevice } from '../testing/testServer';
import { enrollTestDevice, newCaseMutation } from '../testing/testServer';
import { restoreBackup } from './restoreBackup';
import { quoteIdent, tablesInLoadOrder } from './schemaTables';
import { writeBackup } from './writeBackup';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

const now = Date.parse('2026-03-01T12:00:00Z');
let dir: string;
let source: Sql;
/** Restored into, again and again (each test replaces what the last left). */
let target: Sql;
/** PGlite when the tests run on PostgreSQL: a backup must restore from one storage into the other. */
let otherStorage: Sql | null;
let blobs: BlobStore;
let device: EnrolledDevice;
const attachment = new TextEncoder().encode('Certificate of origin, form E, 12 pages');
const attachmentHash = createHash('sha256').update(attachment).digest('hex');

const pushCases = async (sql: Sql, who: EnrolledDevice, ids: number[], firstMutation: number) =>
  applyPush(
    sql,
    await authenticate(sql, who.token),
    { deviceId: who.deviceId, schemaVersion: 1, mutations: ids.map((n, i) => newCaseMutation(firstMutation + i, who.deviceId, n)) },
    now,
  );
const pull = async (sql: Sql, who: EnrolledDevice, cursor: number) =>
  pullResponseSchema.parse(
    JSON.parse(pullAnswerJson(await pullChanges(sql, await authenticate(sql, who.token), { deviceId: who.deviceId, schemaVersion: 1, cursor }))),
  );
const versionOf = async (sql: Sql, workspaceId: string) =>
  Number((await sql.query<{ version: unknown }>('SELECT version FROM workspaces WHERE id = $1', [workspaceId]))[0]?.version);

/** Every table's rows as JSON text, in a stable order: what a restore must bring back exactly. */
async function contents(sql: Sql, options: { without?: string[] } = {}): Promise<Record<string, string[]>> {
  return sql.transaction(async (tx) => {
    const dump: Record<string, string[]> = {};
    for (const table of await tablesInLoadOrder(tx)) {
      if (options.without?.includes(table)) continue;
      const rows = await tx.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM ${quoteIdent(table)} t ORDER BY 1`);
      dump[table] = rows.map((r) => r.j);
    }
    return dump;
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-backup-'));
  // Each database costs seconds to open on a busy machine: three at most, shared by the tests.
  [source, target, otherStorage] = await Promise.all([
    openTestDb(),
    openTestDb(),
    testStorage() === 'postgres' ? openPgliteSql().then(async (s) => (await migrate(s), s)) : null,
  ]);
  blobs = createFolderBlobStore(join(dir, 'source-blobs'));
  device = await enrollTestDevice(source, { name: 'Nguyen Van A' });
  await pushCases(source, device, [100, 101, 102], 1);
  await blobs.put(attachmentHash, attachment);
  await source.query('INSERT INTO blobs (workspace_id, sha256, size) VALUES ($1, $2, $3)', [device.workspaceId, attachmentHash, attachment.length]);
  await recordAudit(source, { workspaceId: device.workspaceId, actor: 'admin', action: 'backup.test', details: { note: 'Hải quan' } });
});
afterAll(async () => {
  await Promise.all([source?.close(), target?.close(), otherStorage?.close()]);
  await rm(dir, { recursive: true, force: true });
});

const without = ['workspaces', 'workspace_restores'];

describe('backup and restore', () => {
  it('bring back every table, row and blob of the server exactly, on a fresh database', async () => {
    const file = join(dir, 'full.backup.gz');
    const summary = await writeBackup(source, blobs, file);
    expect(summary).toMatchObject({ schemaVersion: await schemaVersion(source), blobs: 1, missingBlobs: [] });
    expect(summary.tables).toMatchObject({ workspaces: 1, members: 1, devices: 1, rows: 3, mutation_log: 1, blobs: 1 });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    // Parents before children, so a restore can insert in file order.
    const order = gunzipSync(await readFile(file))
      .toString('utf8')
      .split('\n')
      .filter((l) => l.startsWith('{"table"'))
      .map((l) => (JSON.parse(l) as { table: string }).table);
    expect(order.indexOf('workspaces')).toBeLessThan(order.indexOf('devices'));
    expect(order.indexOf('members')).toBeLessThan(order.indexOf('devices'));

    const targetBlobs = createFolderBlobStore(join(dir, 'target-blobs'));
    const restored = await restoreBackup(target, targetBlobs, file, { now: new Date(now) });
    expect(restored).toMatchObject({ replaced: false, blobs: 1, tables: summary.tables });
    // Everything but the version counter (moved on, see the last test) and the restore's own record.
    expect(await contents(target, { without })).toEqual(await contents(source, { without }));
    expect(Buffer.from((await targetBlobs.get(attachmentHash)) ?? [])).toEqual(Buffer.from(attachment));
    // Audit ids continue after the restored ones.
    await recordAudit(target, { workspaceId: device.workspaceId, actor: 'admin', action: 'after.restore' });
    const ids = await target.query<{ id: unknown }>('SELECT id FROM audit_events ORDER BY id');
    expect(new Set(ids.map((r) => Number(r.id))).size).toBe(ids.length);
  });

  it('restore the same file on either storage, and a backup of a restored server again', async () => {
    const first = join(dir, 'first.backup.gz');
    const second = join(dir, 'second.backup.gz');
    const middle = otherStorage ?? target;
    await writeBackup(source, blobs, first);
    await restoreBackup(middle, blobs, first, { replace: true });
    await writeBackup(middle, blobs, second);
    await restoreBackup(target, blobs, second, { replace: true });
    expect(await contents(target, { without })).toEqual(await contents(source, { without }));
  });

  it('refuse a database holding data unless told to replace it, and then replace all of it', async () => {
    const file = join(dir, 'replace.backup.gz');
    await writeBackup(source, blobs, file);
    const stranger = await enrollTestDevice(target, { name: 'Someone else' });
    const before = await contents(target);
    await expect(restoreBackup(target, blobs, file)).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/--replace/),
      details: { tables: expect.objectContaining({ workspaces: 2 }) },
    });
    expect(await contents(target)).toEqual(before);
    const restored = await restoreBackup(target, blobs, file, { replace: true });
    expect(restored.replaced).toBe(true);
    expect(await target.query('SELECT id FROM workspaces')).toEqual([{ id: device.workspaceId }]);
    expect(await target.query('SELECT id FROM devices WHERE id = $1', [stranger.deviceId])).toEqual([]);
  });

  it('change nothing, even with --replace, when the file is cut short, damaged or not a backup', async () => {
    const file = join(dir, 'cut.backup.gz');
    await writeBackup(source, blobs, file);
    const text = gunzipSync(await readFile(file)).toString('utf8');
    const withoutTrailer = join(dir, 'no-trailer.backup.gz');
    await writeFile(withoutTrailer, gzipSync(text.slice(0, text.lastIndexOf('{"end"'))));
    const lying = join(dir, 'lying.backup.gz');
    await writeFile(lying, gzipSync(text.replace('"rows":{"', '"rows":{"nothing":7,"')));
    const cut = join(dir, 'cut-gzip.backup.gz');
    await writeFile(cut, await readFile(file));
    await truncate(cut, Math.floor((await stat(cut)).size / 2));
    // A record of a workspace the file lacks: no foreign key refuses it since migration 008.
    let inRows = false;
    const orphanText = text
      .split('\n')
      .map((line) => {
        if (line.startsWith('{"table"')) inRows = line.startsWith('{"table":"rows"');
        return inRows && line.startsWith('{"r"') ? line.replaceAll(device.workspaceId, '01890000-0000-7000-8000-00000000dead') : line;
      })
      .join('\n');
    expect(orphanText).not.toEqual(text);
    const orphan = join(dir, 'orphan.backup.gz');
    await writeFile(orphan, gzipSync(orphanText));
    const plain = join(dir, 'plain.txt');
    await writeFile(plain, gzipSync('{"hello":1}\n'));

    await enrollTestDevice(target, { name: 'Kept' });
    const before = await contents(target);
    const replace = { replace: true };
    await expect(restoreBackup(target, blobs, withoutTrailer, replace)).rejects.toMatchObject({ code: 'invalid_request', message: expect.stringMatching(/ends before/) });
    await expect(restoreBackup(target, blobs, lying, replace)).rejects.toMatchObject({ code: 'invalid_request', message: expect.stringMatching(/nothing/) });
    await expect(restoreBackup(target, blobs, cut, replace)).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(restoreBackup(target, blobs, orphan, replace)).rejects.toMatchObject({ code: 'invalid_request', message: expect.stringMatching(/a record names workspace 01890000-0000-7000-8000-00000000dead/) });
    await expect(restoreBackup(target, blobs, plain, replace)).rejects.toMatchObject({ message: 'Not an Attaché server backup file' });
    await expect(restoreBackup(target, blobs, join(dir, 'nowhere.gz'), replace)).rejects.toMatchObject({ code: 'not_found' });
    expect(await contents(target)).toEqual(before);
  });

  it('never overwrite an existing file', async () => {
    const file = join(dir, 'taken.backup.gz');
    await writeFile(file, 'keep me');
    await expect(writeBackup(source, blobs, file)).rejects.toMatchObject({ code: 'invalid_request' });
    expect(await readFile(file, 'utf8')).toBe('keep me');
  });

  it('restore a backup of an older schema and migrate it to this one', async () => {
    // Schema 4 kept a row's clocks per field; 005 groups them. (A file as a schema-4 server wrote it.)
    const lines = [
      { format: 'attache-server-backup', formatVersion: 1, schemaVersion: 4, createdAt: '2025-12-01T00:00:00.000Z', tables: ['workspaces', 'rows'] },
      { table: 'workspaces' },
      { r: { id: 'w-old', name: 'Old office', version: 2, created_at: '2025-11-30T10:00:00+00:00' } },
      { table: 'rows' },
      {
        r: { workspace_id: 'w-old', tbl: 'notes', id: 'n1', fields: { text: 'Xin chào' }, field_meta: { text: { v: 2, hlc: 'h' } }, version: 2, deleted: false, updated_at: '2025-11-30T10:00:00+00:00' },
      },
      { end: { rows: { workspaces: 1, rows: 1 }, blobs: 0, missingBlobs: [] } },
    ];
    const file = join(dir, 'schema4.backup.gz');
    await writeFile(file, gzipSync(lines.map((l) => JSON.stringify(l)).join('\n')));
    const restored = await restoreBackup(target, blobs, file, { replace: true });
    expect(restored).toMatchObject({ backupSchemaVersion: 4, schemaVersion: await schemaVersion(target) });
    const [row] = await target.query<{ field_meta: string }>(`SELECT field_meta FROM rows WHERE id = 'n1'`);
    expect(JSON.parse(String(row?.field_meta))).toEqual([{ v: 2, hlc: 'h', fields: ['text'] }]);
  });

  it('send a device holding a cursor of the lost history back to a full pull, and hand out no version twice', async () => {
    const sql = target;
    const a = await enrollTestDevice(sql, { name: 'A' });
    const b = await enrollTestDevice(sql, { workspaceId: a.workspaceId, name: 'B' });
    await pushCases(sql, a, [200, 201], 1);
    const file = join(dir, 'lost.backup.gz');
    await writeBackup(sql, blobs, file);
    const atBackup = await versionOf(sql, a.workspaceId);
    // After the backup: A pushes two more and B pulls them (B's cursor is now of the lost stretch).
    await pushCases(sql, a, [202, 203], 3);
    const seen = await pull(sql, b, 0);
    expect(seen.cursor).toBe(atBackup + 2);

    const { workspaces } = await restoreBackup(sql, blobs, file, { replace: true, now: new Date(now) });
    const resumed = workspaces.find((w) => w.id === a.workspaceId);
    expect(resumed).toMatchObject({ restoredVersion: atBackup });
    expect(resumed?.resumedVersion).toBeGreaterThan(now * 1000);
    expect(await pull(sql, b, seen.cursor)).toMatchObject({ resetRequired: true, changes: [] });
    // The device's own log went back too: its next push must continue from the backup's.
    expect((await pull(sql, a, 0)).lastMutationId).toBe(2);

    // A push after the restore takes a version past the gap, so B's old cursor stays detectable.
    await pushCases(sql, b, [300], 1);
    expect(await versionOf(sql, a.workspaceId)).toBe((resumed?.resumedVersion ?? 0) + 1);
    expect(await pull(sql, b, seen.cursor)).toMatchObject({ resetRequired: true });
    const fresh = await pull(sql, b, atBackup);
    expect(fresh.changes.map((c) => c.version)).toEqual([(resumed?.resumedVersion ?? 0) + 1]);
  });
});
