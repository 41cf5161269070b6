import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestDb, testStorage } from '../testing/testDb';
import { startPgliteUpkeep, type PgliteUpkeep } from './pgliteUpkeep';
import type { Sql } from './sql';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

type Outcome = { ms: number } | { error: unknown };

/** What the planner believes of `rows`: -1 until the table was first vacuumed or analysed. */
async function plannerRowEstimate(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ reltuples: number }>(`SELECT reltuples FROM pg_class WHERE relname = 'rows'`);
  return Number(row?.reltuples);
}

// PostgreSQL runs autovacuum itself; the upkeep only ever starts on PGlite.
describe.skipIf(testStorage() === 'postgres')('PGlite upkeep', () => {
  let sql: Sql;
  let upkeep: PgliteUpkeep | null = null;
  beforeEach(async () => {
    sql = await openTestDb();
    await sql.query(`INSERT INTO workspaces (id, name, version) VALUES ('w', 'Hanoi office', 3000)`);
    await sql.query(
      `INSERT INTO rows (workspace_id, tbl, id, fields, field_meta, version)
       SELECT 'w', 'cases', 'case-' || g, '{"title":"x"}', '[]', g FROM generate_series(1, 3000) g`,
    );
  });
  afterEach(async () => {
    await upkeep?.stop();
    upkeep = null;
    await sql.close();
  });

  it('vacuums and analyses soon after start and again at each interval, reporting each run', async () => {
    expect(await plannerRowEstimate(sql)).toBe(-1);
    const outcomes: Outcome[] = [];
    upkeep = startPgliteUpkeep(sql, { firstAfterMs: 0, everyMs: 20, report: (o) => outcomes.push(o) });
    await vi.waitFor(() => expect(outcomes.length).toBeGreaterThanOrEqual(2), { timeout: 10_000 });
    expect(outcomes.every((o) => 'ms' in o)).toBe(true);
    expect(await plannerRowEstimate(sql)).toBe(3000);
  });

  it('runs nothing once stopped, and stop waits for a run in progress', async () => {
    const early: Outcome[] = [];
    const never = startPgliteUpkeep(sql, { firstAfterMs: 50, everyMs: 50, report: (o) => early.push(o) });
    await never.stop();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(early).toEqual([]);
    expect(await plannerRowEstimate(sql)).toBe(-1);

    const outcomes: Outcome[] = [];
    const started = startPgliteUpkeep(sql, { firstAfterMs: 0, everyMs: 60_000, report: (o) => outcomes.push(o) });
    await new Promise((resolve) => setTimeout(resolve, 1));
    await started.stop();
    expect(outcomes).toHaveLength(1);
  });

  it('reports a failed run and still comes back for the next', async () => {
    let failures = 1;
    const flaky: Sql = {
      ...sql,
      query: (text, params) => (failures-- > 0 ? Promise.reject(new Error('disk full')) : sql.query(text, params)),
    };
    const outcomes: Outcome[] = [];
    upkeep = startPgliteUpkeep(flaky, { firstAfterMs: 0, everyMs: 20, report: (o) => outcomes.push(o) });
    await vi.waitFor(() => expect(outcomes.length).toBeGreaterThanOrEqual(2), { timeout: 10_000 });
    expect(outcomes[0]).toEqual({ error: new Error('disk full') });
    expect(outcomes[1]).toHaveProperty('ms');
    expect(await plannerRowEstimate(sql)).toBe(3000);
  });
});
