import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Sql } from '../db/sql';
import { openTestDb } from '../testing/testDb';
import { pullPageQuery } from './pull';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let sql: Sql;
beforeAll(async () => {
  sql = await openTestDb();
});
afterAll(async () => {
  await sql.close();
});

describe('pull cost', () => {
  it('reads the changes after the cursor through the (workspace_id, version) index, not the whole workspace', async () => {
    await sql.query(`INSERT INTO workspaces (id, name, version) VALUES ('big', 'Big office', 20000), ('other', 'Other', 20000)`);
    for (const ws of ['big', 'other']) {
      await sql.query(
        `INSERT INTO rows (workspace_id, tbl, id, fields, field_meta, version)
         SELECT $1, 'cases', 'case-' || g, '{"title":"x"}', '{}', g FROM generate_series(1, 20000) g`,
        [ws],
      );
    }
    await sql.query('ANALYZE rows');
    const plan = await sql.query<Record<string, string>>(`EXPLAIN ${pullPageQuery.replace('$1', `'big'`).replace('$2', '19990').replace('$3', '1001')}`);
    const text = plan.map((row) => Object.values(row).join(' ')).join('\n');
    expect(text).toContain('rows_workspace_version');
    expect(text).not.toMatch(/Seq Scan/);
  });
});
