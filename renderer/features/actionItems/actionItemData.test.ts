import type * as DexieModule from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { commitChanges, type AttacheDb, type Change } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { actionItemFeed } from './actionItemData';

// Dexie's liveQuery does not answer under Node: a fake one (renderer/db/fakeLiveQuery) records here.
const queries = vi.hoisted(() => ({ started: 0, closed: 0, reruns: [] as (() => Promise<void>)[] }));
vi.mock('dexie', async (importOriginal) => (await import('../../db/fakeLiveQuery')).dexieWithFakeLiveQuery(await importOriginal<typeof DexieModule>(), queries));

const ctx = { actor: 'Nguyễn Văn An', deviceId: '0193d3a0-0000-7000-8000-00000000a001' };
const id = (n: number) => `0193d3a0-0000-7000-8000-${String(n).padStart(12, '0')}`;
const item = (n: number): Change => ({ table: 'actionItems', id: id(n), op: 'put', fields: { ...sampleRecords.actionItems, id: id(n), reference: `AI-2026-${String(n).padStart(3, '0')}` } });
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb();
  await db.open();
  queries.reruns = [];
  queries.started = 0;
});
afterEach(() => db.close());

describe('the shared action item feed', () => {
  it('reads once for every screen of a workspace, follows changes, and leaves deleted items out', async () => {
    await commitChanges(db, [item(1), item(2), item(3)], ctx);
    const feed = actionItemFeed(db);
    expect(actionItemFeed(db)).toBe(feed);
    expect(feed.latest()).toBeUndefined();

    const sidebar = vi.fn();
    feed.subscribe(sidebar);
    await settled();
    const first = feed.latest();
    expect(first?.map((i) => i.id).sort()).toEqual([id(1), id(2), id(3)]);
    expect(sidebar).toHaveBeenCalledTimes(1);

    // A second screen (the dashboard, after the sidebar) gets the same read at once, without a query of its own.
    const dashboard = vi.fn();
    const stop = feed.subscribe(dashboard);
    expect(feed.latest()).toBe(first);
    expect(queries.started).toBe(1);

    await commitChanges(db, [item(4), { table: 'actionItems', id: id(2), op: 'delete' }], ctx);
    await queries.reruns[0]!();
    expect(feed.latest()?.map((i) => i.id).sort()).toEqual([id(1), id(3), id(4)]);
    expect(sidebar).toHaveBeenCalledTimes(2);
    expect(dashboard).toHaveBeenCalledTimes(1);

    stop();
    await queries.reruns[0]!();
    expect(dashboard).toHaveBeenCalledTimes(1);
    expect(sidebar).toHaveBeenCalledTimes(3);
  });

  it('keeps one feed per workspace database', () => {
    const other = makeTestDb('attache-ws-other');
    expect(actionItemFeed(other)).not.toBe(actionItemFeed(db));
  });
});
