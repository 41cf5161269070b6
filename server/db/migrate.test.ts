import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { currentSchema, urlWithSearchPath } from '../testing/schemaUrl';
import { openTestDb, testStorage } from '../testing/testDb';
import { openPgSql } from './pgSql';
import { loadMigrations, migrate, schemaVersion } from './migrate';
import type { Sql } from './sql';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

// One database walks through the migrations in order, as a deployed server does across releases:
// each step is opened at version n, seeded, migrated to n+1 and checked.
let sql: Sql;
beforeAll(async () => {
  sql = await openTestDb({ migrated: false });
});
afterAll(async () => {
  await sql.close();
});

const rejects = async (text: string, params: unknown[] = []) => {
  await expect(sql.transaction((tx) => tx.query(text, params))).rejects.toThrow();
};

describe('server migrations', () => {
  it('are numbered without holes', async () => {
    const migrations = await loadMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(migrations.length).toBeGreaterThanOrEqual(3);
  });

  it('001 creates workspaces, members, devices and codes with their rules', async () => {
    expect(await migrate(sql, { upTo: 1 })).toBe(1);
    expect(await schemaVersion(sql)).toBe(1);
    await sql.query(`INSERT INTO workspaces (id, name) VALUES ('w1', 'Washington')`);
    const [ws] = await sql.query<{ version: unknown }>(`SELECT version FROM workspaces WHERE id = 'w1'`);
    expect(Number(ws?.version)).toBe(0);
    await sql.query(`INSERT INTO members (id, workspace_id, name, role) VALUES ('m1', 'w1', 'Nguyen Van A', 'member')`);
    await rejects(`INSERT INTO members (id, workspace_id, name, role) VALUES ('m2', 'w1', 'X', 'owner')`);
    await sql.query(
      `INSERT INTO devices (id, workspace_id, member_id, name, token_hash) VALUES ('d1', 'w1', 'm1', 'laptop', 'h1')`,
    );
    await rejects(`INSERT INTO devices (id, workspace_id, member_id, name, token_hash) VALUES ('d2', 'w1', 'm1', 'x', 'h1')`);
    await rejects(`INSERT INTO enrollment_codes (code_hash, workspace_id, member_id) VALUES ('c', 'w1', 'm1')`);
  });

  it('002 keys rows by workspace and gives each version to one row only', async () => {
    expect(await migrate(sql, { upTo: 2 })).toBe(2);
    await sql.query(`INSERT INTO workspaces (id, name) VALUES ('w2', 'Brussels')`);
    const insertRow = `INSERT INTO rows (workspace_id, tbl, id, fields, field_meta, version) VALUES ($1, 'cases', $2, '{}', '{}', $3)`;
    await sql.query(insertRow, ['w1', 'case-1', 1]);
    await sql.query(insertRow, ['w2', 'case-1', 1]);
    await rejects(insertRow, ['w1', 'case-1', 2]);
    await rejects(insertRow, ['w1', 'case-2', 1]);
    await sql.query(`INSERT INTO mutations (device_id, mutation_id, workspace_id, tbl, record_id, outcome)
      VALUES ('d1', 1, 'w1', 'cases', 'case-1', '{"status":"applied"}')`);
    await rejects(`INSERT INTO mutations (device_id, mutation_id, workspace_id, tbl, record_id, outcome)
      VALUES ('d1', 1, 'w1', 'cases', 'case-1', '{}')`);
    const rows = await sql.query(`SELECT workspace_id FROM rows WHERE id = 'case-1' ORDER BY workspace_id`);
    expect(rows).toEqual([{ workspace_id: 'w1' }, { workspace_id: 'w2' }]);
  });

  it('003 records blobs per workspace with a well-formed hash', async () => {
    expect(await migrate(sql, { upTo: 3 })).toBe(3);
    const hash = 'a'.repeat(64);
    await sql.query(`INSERT INTO blobs (workspace_id, sha256, size) VALUES ('w1', $1, 3)`, [hash]);
    await sql.query(`INSERT INTO blobs (workspace_id, sha256, size) VALUES ('w2', $1, 3)`, [hash]);
    await rejects(`INSERT INTO blobs (workspace_id, sha256, size) VALUES ('w1', 'ABC', 3)`);
  });

  it('004 keeps stored records as JSON text and converts the existing ones', async () => {
    await sql.query(`UPDATE rows SET fields = $1::jsonb, field_meta = $2::jsonb WHERE workspace_id = 'w2'`, [
      JSON.stringify({ title: 'Plywood from Hải Phòng', tags: ['routine'] }),
      JSON.stringify({ title: { v: 1, hlc: 'h' } }),
    ]);
    expect(await migrate(sql, { upTo: 4 })).toBe(4);
    const [row] = await sql.query<{ fields: unknown; field_meta: unknown }>(`SELECT fields, field_meta FROM rows WHERE workspace_id = 'w2'`);
    // `json` columns come back as text (server/db/sql.ts) holding the same document.
    expect(typeof row?.fields).toBe('string');
    expect(JSON.parse(String(row?.fields))).toEqual({ title: 'Plywood from Hải Phòng', tags: ['routine'] });
    expect(JSON.parse(String(row?.field_meta))).toEqual({ title: { v: 1, hlc: 'h' } });
    await rejects(`UPDATE rows SET fields = 'not json' WHERE workspace_id = 'w2'`);
  });

  it('005 stores clocks grouped by clock and converts the existing ones', async () => {
    await sql.query(`UPDATE rows SET field_meta = $1::json WHERE workspace_id = 'w2'`, [
      JSON.stringify({ title: { v: 3, hlc: 'h2' }, status: { v: 1, hlc: 'h1' }, reference: { v: 1, hlc: 'h1' } }),
    ]);
    expect(await migrate(sql, { upTo: 5 })).toBe(5);
    const clocks = async (ws: string) => {
      const [row] = await sql.query<{ field_meta: string }>(`SELECT field_meta FROM rows WHERE workspace_id = $1`, [ws]);
      return JSON.parse(String(row?.field_meta)) as unknown;
    };
    expect(await clocks('w2')).toEqual([
      { v: 1, hlc: 'h1', fields: ['reference', 'status'] },
      { v: 3, hlc: 'h2', fields: ['title'] },
    ]);
    expect(await clocks('w1')).toEqual([]);
  });

  it('006 keeps one client-raised audit event per device and event id, and the server\'s own events as before', async () => {
    await sql.query(`INSERT INTO audit_events (workspace_id, actor, action) VALUES ('w1', 'admin', 'device.revoke')`);
    expect(await migrate(sql, { upTo: 6 })).toBe(6);
    const insertView = `INSERT INTO audit_events (workspace_id, actor, action, device_id, client_event_id) VALUES ('w1', 'member:m1', 'record.view', $1, $2)`;
    await sql.query(insertView, ['d1', 'e1']);
    await sql.query(insertView, ['d2', 'e1']);
    await rejects(insertView, ['d1', 'e1']);
    // Server events carry neither: any number of them.
    await sql.query(`INSERT INTO audit_events (workspace_id, actor, action) VALUES ('w1', 'admin', 'device.revoke')`);
    const rows = await sql.query<{ device_id: string | null }>(`SELECT device_id FROM audit_events WHERE workspace_id = 'w1' ORDER BY id`);
    expect(rows.map((r) => r.device_id)).toEqual([null, 'd1', 'd2', null]);
  });

  it('007 records a workspace\'s restores, each resuming above the version it restored', async () => {
    expect(await migrate(sql, { upTo: 7 })).toBe(7);
    const insertRestore = `INSERT INTO workspace_restores (workspace_id, restored_version, resumed_version) VALUES ($1, $2, $3)`;
    await sql.query(insertRestore, ['w1', 3, 1_000_000]);
    await rejects(insertRestore, ['w1', 5, 5]);
    await rejects(insertRestore, ['nowhere', 1, 2]);
    expect(await sql.query(`SELECT workspace_id FROM workspace_restores`)).toEqual([{ workspace_id: 'w1' }]);
  });

  it('009 logs one row per push, with the answers of its range of ids, and converts the existing log', async () => {
    expect(await migrate(sql, { upTo: 9 })).toBe(9);
    // The mutation 002 logged is now a push of one id.
    expect(await sql.query(`SELECT device_id, first_mutation_id::int AS first, last_mutation_id::int AS last, outcomes::text FROM mutation_log`)).toEqual([
      { device_id: 'd1', first: 1, last: 1, outcomes: '[{"status": "applied"}]' },
    ]);
    const insertPush = `INSERT INTO mutation_log (device_id, first_mutation_id, last_mutation_id, workspace_id, outcomes) VALUES ('d1', $1, $2, 'w1', '[]')`;
    await sql.query(insertPush, [2, 4]);
    await rejects(insertPush, [6, 5]);
    await rejects(insertPush, [4, 4]);
    await rejects(insertPush, [0, 7]);
  });

  it('running again applies nothing and keeps the data', async () => {
    const latest = (await loadMigrations()).length;
    expect(await migrate(sql)).toBe(latest);
    expect(await migrate(sql)).toBe(latest);
    const applied = await sql.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(applied.map((r) => Number(r.version))).toEqual(Array.from({ length: latest }, (_, i) => i + 1));
    expect(await sql.query(`SELECT id FROM rows WHERE workspace_id = 'w1'`)).toEqual([{ id: 'case-1' }]);
  });
});

// Instances started together on an empty database (ATTACHE_WORKERS=N, or a rolling deploy) each
// migrate it; every one must come up. Their own pools on one scratch schema stand for them.
describe.skipIf(testStorage() !== 'postgres')('several instances migrating one empty database at once (postgres project only)', () => {
  it('all reach the latest version, each migration applied once', async () => {
    const scratch = await openTestDb({ migrated: false });
    const url = urlWithSearchPath(process.env.DATABASE_URL as string, await currentSchema(scratch));
    const instances = Array.from({ length: 6 }, () => openPgSql(url, { max: 1 }));
    try {
      const latest = (await loadMigrations()).length;
      expect(await Promise.all(instances.map((instance) => migrate(instance)))).toEqual(instances.map(() => latest));
      const applied = await scratch.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(applied.map((r) => Number(r.version))).toEqual(Array.from({ length: latest }, (_, i) => i + 1));
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
      await scratch.close();
    }
  });
});
