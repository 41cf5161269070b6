import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Sql } from '../db/sql';
import { openTestDb } from '../testing/testDb';
import { pullPageQuery, pullPageSettings, unsortedPullPageQuery, smallPullVersions, type PullClocks } from './pull';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let sql: Sql;
beforeAll(async () => {
  sql = await openTestDb();
  await sql.query(`INSERT INTO workspaces (id, name, version) VALUES ('big', 'Big office', 20000), ('other', 'Other', 20000)`);
  for (const ws of ['big', 'other']) {
    await sql.query(
      `INSERT INTO rows (workspace_id, tbl, id, fields, field_meta, version)
       SELECT $1, 'cases', 'case-' || g, '{"title":"x"}', '{}', g FROM generate_series(1, 20000) g`,
      [ws],
    );
  }
});
afterAll(async () => {
  await sql.close();
});

/** The plans of a page read as `pullChanges` runs it, in each form, in a workspace at version 20,000. */
async function pagePlan(cursor: number, limit: number): Promise<string> {
  const plans = await Promise.all((['grouped', 'perField'] as const).map((clocks) => formPlan(clocks, cursor, limit)));
  return plans.join('\n');
}

async function formPlan(clocks: PullClocks, cursor: number, limit: number): Promise<string> {
  const explain = async (run: Pick<Sql, 'query'>, text: string) => {
    const query = text.replaceAll('$1', `'big'`).replaceAll('$2', String(cursor)).replaceAll('$3', String(limit));
    const plan = await run.query<Record<string, string>>(`EXPLAIN ${query}`);
    return plan.map((row) => Object.values(row).join(' ')).join('\n');
  };
  if (20000 - cursor <= smallPullVersions) return explain(sql, pullPageQuery[clocks]);
  return sql.transaction(async (tx) => {
    await tx.query(pullPageSettings);
    return explain(tx, unsortedPullPageQuery(clocks));
  });
}

describe('pull cost', () => {
  // Never analysed, as PGlite leaves every table: the planner guesses a few hundred rows. It used
  // to scan every change after the cursor and sort them on disk for each page.
  it('reads a first-download page in index order, without statistics and without a sort', async () => {
    const plan = await pagePlan(0, 5000);
    expect(plan).toContain('rows_workspace_version');
    expect(plan).not.toMatch(/Sort|Seq Scan|Bitmap/);
  });

  it('reads the few changes after a device keeping up without the setting, and never sorts many', async () => {
    const plan = await pagePlan(20000 - smallPullVersions, 1000);
    expect(plan).toContain('rows_workspace_version');
    expect(plan).not.toMatch(/Seq Scan/);
  });

  it('reads the changes after the cursor through the (workspace_id, version) index once analysed', async () => {
    await sql.query('ANALYZE rows');
    const plan = await pagePlan(19990, 1000);
    expect(plan).toContain('rows_workspace_version');
    expect(plan).not.toMatch(/Sort|Seq Scan/);
  });
});
