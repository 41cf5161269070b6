import type * as DexieModule from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttacheDb } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { keptQuery } from './keptQueries';

// Dexie's liveQuery does not answer under Node: a fake one (renderer/db/fakeLiveQuery) records here.
const live = vi.hoisted(() => ({ started: 0, closed: 0, reruns: [] as (() => Promise<void>)[] }));
vi.mock('dexie', async (importOriginal) => (await import('../../db/fakeLiveQuery')).dexieWithFakeLiveQuery(await importOriginal<typeof DexieModule>(), live));

const settled = () => new Promise((resolve) => setTimeout(resolve, 10));

let db: AttacheDb;
beforeEach(() => {
  db = makeTestDb();
  Object.assign(live, { started: 0, closed: 0, reruns: [] });
});
afterEach(() => db.close());

describe('the dashboard’s kept queries', () => {
  it('answer a second visit at once from the read kept since the first, and follow changes meanwhile', async () => {
    let answer = 1;
    const run = vi.fn(async () => answer);
    const first = keptQuery(db, 'cases', '', run);
    const visit = vi.fn();
    const leave = first.subscribe(visit);
    await settled();
    expect(first.latest()).toBe(1);
    leave();

    // Away from the dashboard, the database changes: the kept query reads again.
    answer = 2;
    await live.reruns[0]!();
    const again = keptQuery(db, 'cases', '', run);
    expect(again).toBe(first);
    expect(again.latest()).toBe(2);
    expect(live.started).toBe(1);
    expect(visit).toHaveBeenCalledTimes(1);
  });

  it('start anew, closing the old one, when asked with other arguments (a new day)', async () => {
    const monday = keptQuery(db, 'casesPerMonth', '2026-03-02', async () => 'monday');
    monday.subscribe(() => undefined);
    await settled();
    const tuesday = keptQuery(db, 'casesPerMonth', '2026-03-03', async () => 'tuesday');
    expect(tuesday).not.toBe(monday);
    expect(live.closed).toBe(1);
    expect(tuesday.latest()).toBeUndefined();
    tuesday.subscribe(() => undefined);
    await settled();
    expect(tuesday.latest()).toBe('tuesday');
  });

  it('keep each workspace’s queries apart', () => {
    const other = makeTestDb('attache-ws-other');
    expect(keptQuery(other, 'cases', '', async () => 0)).not.toBe(keptQuery(db, 'cases', '', async () => 0));
  });
});
