import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { clocksOf, commitChanges, newId, workspaceDbName, type AttacheDb, type Change } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { revokeDevice } from '../../../server/services/devices';
import { createEnrollmentCode } from '../../../server/services/enrollment';
import { addMember, createWorkspace } from '../../../server/services/workspaces';
import { readCursor } from './applyPage';
import { pullChanges } from './pullChanges';
import { createSyncClient, type FetchLike, type SyncClient } from './syncClient';
import { createSyncEngine, type SyncEngine } from './syncEngine';
import { enrollDevice, type SyncSettings } from './syncSettings';
import { enrollTestDevice, reenrollTestDevice, useSyncTestServer } from '../../../test/fixtures/syncTestServer';
import type { SyncState } from './syncState';

// The real clock on both sides: client hlcs are stamped with Date.now().
const running = useSyncTestServer();

/** Network faults of one device: everything between its engine and the server goes through here. */
interface Faults {
  offline: boolean;
  /** Answer the next n requests with 500 without reaching the server. */
  fail500: number;
  /** Let the next n pushes reach the server, then lose their answers. */
  dropPushAnswers: number;
  /** Send every push twice (a duplicated request). */
  duplicatePushes: boolean;
}

interface Device {
  name: string;
  db: AttacheDb;
  factory: IDBFactory;
  settings: SyncSettings;
  client: SyncClient;
  engine: SyncEngine;
  faults: Faults;
  states: SyncState[];
  commit(changes: Change[]): Promise<void>;
}

async function newWorkspace(): Promise<string> {
  return (await createWorkspace(running.server.sql, { name: 'Washington office' })).id;
}

async function enroll(workspaceId: string, name: string, engineOptions: Partial<Parameters<typeof createSyncEngine>[0]> = {}): Promise<Device> {
  const faults: Faults = { offline: false, fail500: 0, dropPushAnswers: 0, duplicatePushes: false };
  const faultyFetch: FetchLike = async (url, init) => {
    if (faults.offline) throw new TypeError('fetch failed');
    if (faults.fail500 > 0) {
      faults.fail500 -= 1;
      return Response.json({ error: { code: 'internal', message: 'Internal error' } }, { status: 500 });
    }
    if (url.endsWith('/v1/sync/push')) {
      if (faults.duplicatePushes) await fetch(url, init);
      if (faults.dropPushAnswers > 0) {
        faults.dropPushAnswers -= 1;
        await fetch(url, init);
        throw new TypeError('connection reset');
      }
    }
    return fetch(url, init);
  };
  const { settings, db, factory } = await enrollTestDevice(running, workspaceId, name, { fetch: faultyFetch });
  const client = createSyncClient({ baseUrl: running.baseUrl, token: settings.token, fetch: faultyFetch });
  const states: SyncState[] = [];
  const engine = createSyncEngine({
    db,
    client,
    deviceId: settings.deviceId,
    onState: (s) => states.push(s),
    retry: { baseMs: 5, maxMs: 20 },
    ...engineOptions,
  });
  return {
    name,
    db,
    factory,
    settings,
    client,
    engine,
    faults,
    states,
    commit: (changes) => commitChanges(db, changes, { actor: name, deviceId: settings.deviceId }),
  };
}

/** Enrolls `device`'s existing database again, as a new server device (a re-enrollment). */
async function reenroll(device: Device, workspaceId: string): Promise<Device> {
  const settings = await reenrollTestDevice(running, workspaceId, device.db, 'Again');
  const client = createSyncClient({ baseUrl: running.baseUrl, token: settings.token });
  const engine = createSyncEngine({ db: device.db, client, deviceId: settings.deviceId });
  return { ...device, settings, client, engine };
}

function newCase(overrides: Record<string, unknown> = {}): { id: string; change: Change } {
  const { id: _id, ...fields } = sampleRecords.cases;
  const id = newId();
  return { id, change: { table: 'cases', id, op: 'put', fields: { ...fields, ...overrides } } };
}

const edit = (id: string, fields: Record<string, unknown>): Change => ({ table: 'cases', id, op: 'put', fields });

async function serverRow(id: string) {
  const [row] = await running.server.sql.query<{ fields: Record<string, unknown>; version: unknown; deleted: boolean }>(
    'SELECT fields::jsonb AS fields, version, deleted FROM rows WHERE id = $1',
    [id],
  );
  return row;
}

/** Waits until the device reports `phase` (the engine retries on its own timer). */
async function until(device: Device, phase: SyncState['phase']): Promise<void> {
  await vi.waitFor(() => expect(device.engine.getState().phase).toBe(phase), { timeout: 20_000, interval: 10 });
}

describe('sync engine: two devices against the real server', () => {
  it('sends a case created on A to B', async () => {
    const ws = await newWorkspace();
    const [a, b] = [await enroll(ws, 'A'), await enroll(ws, 'B')];
    const { id, change } = newCase();
    await a.commit([change]);
    expect(a.engine.getState().pending).toBe(0);
    const state = await a.engine.syncOnce();
    expect(state).toMatchObject({ phase: 'upToDate', pending: 0 });
    expect(state.lastSyncAt).toEqual(expect.any(Number));
    expect(await a.db.outbox.count()).toBe(0);
    expect((await serverRow(id))?.fields.title).toBe(sampleRecords.cases.title);

    expect((await b.engine.syncOnce()).phase).toBe('upToDate');
    const onB = await b.db.cases.get(id);
    expect(onB).toMatchObject({ id, title: sampleRecords.cases.title, deleted: 0, version: 1 });
    expect(clocksOf(onB!).title).toMatchObject({ v: 1 });
    // A's own row now carries the server version too.
    expect(await a.db.cases.get(id)).toEqual(onB);
    expect(await readCursor(b.db)).toBe(1);
    expect(b.states.map((s) => s.phase)).toEqual(['syncing', 'syncing', 'upToDate']);
  });

  it('merges offline edits of different fields of one case on both devices', async () => {
    const ws = await newWorkspace();
    const [a, b] = [await enroll(ws, 'A'), await enroll(ws, 'B')];
    const { id, change } = newCase();
    await a.commit([change]);
    await a.engine.syncOnce();
    await b.engine.syncOnce();

    await a.commit([edit(id, { title: 'Title from A' })]);
    await b.commit([edit(id, { summary: 'Summary from B' })]);
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    await a.engine.syncOnce();

    const [onA, onB] = [await a.db.cases.get(id), await b.db.cases.get(id)];
    expect(onA).toMatchObject({ title: 'Title from A', summary: 'Summary from B' });
    expect(onB).toEqual(onA);
    expect(clocksOf(onB!)).toEqual(clocksOf(onA!));
    expect((await serverRow(id))?.fields).toMatchObject({ title: 'Title from A', summary: 'Summary from B' });
  });

  it('keeps the server status on a concurrent status change, records a conflict, and both converge', async () => {
    const ws = await newWorkspace();
    const [a, b] = [await enroll(ws, 'A'), await enroll(ws, 'B')];
    const { id, change } = newCase({ status: 'open' });
    await a.commit([change]);
    await a.engine.syncOnce();
    await b.engine.syncOnce();

    await a.commit([edit(id, { status: 'closed', outcome: 'confirmed' })]);
    await b.commit([edit(id, { status: 'awaitingReply', title: 'B was here' })]);
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    await a.engine.syncOnce();

    // The conflict is a server-authored synced row: both devices hold it, so either can resolve it.
    const conflictsOnA = await a.db.conflicts.where('recordId').equals(id).toArray();
    expect(conflictsOnA.map((c) => [c.field, c.status, c.clientValue, c.serverValue])).toEqual([['status', 'open', 'awaitingReply', 'closed']]);
    expect(await b.db.conflicts.where('recordId').equals(id).toArray()).toEqual(conflictsOnA);
    const [onA, onB] = [await a.db.cases.get(id), await b.db.cases.get(id)];
    expect(onA).toMatchObject({ status: 'closed', outcome: 'confirmed', title: 'B was here' });
    expect(onB).toEqual(onA);
  });

  it('converges when the losing side changed nothing the server kept (repair)', async () => {
    const ws = await newWorkspace();
    const [a, b] = [await enroll(ws, 'A'), await enroll(ws, 'B')];
    const { id, change } = newCase({ status: 'open' });
    await a.commit([change]);
    await a.engine.syncOnce();
    await b.engine.syncOnce();

    // B's edit is older than A's: every value of it loses, so the server's row does not change.
    await b.commit([edit(id, { status: 'closed', outcome: 'withdrawn' })]);
    await a.commit([edit(id, { status: 'awaitingReply' })]);
    await a.engine.syncOnce();
    // B pulls A's change while its own is still pending: the next pull will not bring the row again.
    await pullChanges(b.db, b.client, { deviceId: b.settings.deviceId });
    expect(await b.db.cases.get(id)).toMatchObject({ status: 'closed' });
    await b.engine.syncOnce();

    expect((await serverRow(id))?.fields.status).toBe('awaitingReply');
    expect(await b.db.cases.get(id)).toEqual(await a.db.cases.get(id));
    expect(await b.db.outbox.count()).toBe(0);
  });

  it('keeps an unsent local edit visible across a pull (rebase), then sends it', async () => {
    const ws = await newWorkspace();
    const [a, b] = [await enroll(ws, 'A'), await enroll(ws, 'B')];
    const { id, change } = newCase();
    await a.commit([change]);
    await a.engine.syncOnce();
    await b.engine.syncOnce();

    await a.commit([edit(id, { summary: 'Sent by A', title: 'Title by A' })]);
    await a.engine.syncOnce();
    await b.commit([edit(id, { title: 'Unsent on B' })]);
    await pullChanges(b.db, b.client, { deviceId: b.settings.deviceId });

    expect(await b.db.cases.get(id)).toMatchObject({ title: 'Unsent on B', summary: 'Sent by A', version: 2 });
    expect(await b.db.outbox.count()).toBe(1);
    // The overlaid field stays based on the version B saw, so the server sees a concurrent edit.
    expect(clocksOf((await b.db.cases.get(id))!).title?.v).toBe(1);

    await b.engine.syncOnce();
    await a.engine.syncOnce();
    expect((await serverRow(id))?.fields).toMatchObject({ title: 'Unsent on B', summary: 'Sent by A' });
    expect(await a.db.cases.get(id)).toEqual(await b.db.cases.get(id));
  });

  it('keeps the outbox through a 500 and an outage and retries by itself with backoff', async () => {
    const ws = await newWorkspace();
    const a = await enroll(ws, 'A');
    const { id, change } = newCase();
    await a.commit([change]);

    a.faults.fail500 = 2;
    const failed = await a.engine.syncOnce();
    expect(failed).toMatchObject({ phase: 'error', pending: 1, error: { code: 'internal' } });
    expect(await a.db.outbox.count()).toBe(1);
    await until(a, 'upToDate'); // no new local edit needed
    expect(await a.db.outbox.count()).toBe(0);
    expect(await serverRow(id)).toBeDefined();

    await a.commit([edit(id, { title: 'While offline' })]);
    a.faults.offline = true;
    expect(await a.engine.syncOnce()).toMatchObject({ phase: 'offline', pending: 1, error: { code: 'network' } });
    await new Promise((r) => setTimeout(r, 50)); // a few retries fail meanwhile
    expect(await a.db.outbox.count()).toBe(1);
    a.faults.offline = false;
    await until(a, 'upToDate');
    expect((await serverRow(id))?.fields.title).toBe('While offline');
  });

  it('never duplicates a row when answers are lost or requests duplicated', async () => {
    const ws = await newWorkspace();
    const [a, b] = [await enroll(ws, 'A'), await enroll(ws, 'B')];
    const first = newCase();
    await a.commit([first.change]);
    a.faults.dropPushAnswers = 1;
    expect((await a.engine.syncOnce()).phase).toBe('offline');
    await until(a, 'upToDate');

    const second = newCase();
    await a.commit([second.change, edit(first.id, { title: 'Edited' })]);
    a.faults.duplicatePushes = true;
    expect((await a.engine.syncOnce()).phase).toBe('upToDate');
    a.faults.duplicatePushes = false;

    await b.engine.syncOnce();
    const [{ n }] = (await running.server.sql.query<{ n: unknown }>(
      'SELECT count(*)::int AS n FROM rows WHERE workspace_id = $1',
      [ws],
    )) as [{ n: unknown }];
    expect(Number(n)).toBe(2);
    expect(await b.db.cases.count()).toBe(2);
    expect(await a.db.cases.count()).toBe(2);
    expect((await b.db.cases.get(first.id))?.title).toBe('Edited');
    expect(await a.db.cases.get(first.id)).toEqual(await b.db.cases.get(first.id));
  });

  it('stores the cursor with the rows of its page: a crash between pages leaves no cursor ahead of data', async () => {
    const ws = await newWorkspace();
    const a = await enroll(ws, 'A');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const c = newCase();
      ids.push(c.id);
      await a.commit([c.change]);
    }
    await a.engine.syncOnce();

    let pages = 0;
    const b = await enroll(ws, 'B', {
      pageSizes: { first: 2, next: 2 },
      beforePageCommit: () => {
        pages += 1;
        if (pages === 2) throw new Error('crash while writing page 2');
      },
    });
    expect((await b.engine.syncOnce()).phase).toBe('error');
    expect(await readCursor(b.db)).toBe(2);
    expect((await b.db.cases.toArray()).map((r) => r.id).sort()).toEqual(ids.slice(0, 2).sort());
    expect((await b.db.cases.toArray()).every((row) => Object.keys(clocksOf(row)).length > 0)).toBe(true);

    expect((await b.engine.syncOnce()).phase).toBe('upToDate');
    expect(await readCursor(b.db)).toBe(5);
    expect(await b.db.cases.count()).toBe(5);
  });

  it('resumes after a lost connection mid-download from the last stored page', async () => {
    const ws = await newWorkspace();
    const a = await enroll(ws, 'A');
    for (let i = 0; i < 12; i++) await a.commit([newCase().change]);
    await a.engine.syncOnce();
    let pages = 0;
    const b = await enroll(ws, 'B', {
      pageSizes: { first: 2, next: 2 },
      beforePageCommit: () => {
        pages += 1;
        if (pages === 1) b.faults.offline = true;
      },
    });
    // Later pages were already asked for while page 1 was written (pulls read ahead), so the
    // connection is lost a page or two later: the download stops with whole pages stored, the
    // cursor covering exactly them, and resumes from there.
    expect((await b.engine.syncOnce()).phase).toBe('offline');
    const stored = await readCursor(b.db);
    expect([2, 4, 6, 8]).toContain(stored);
    expect(await b.db.cases.count()).toBe(stored);
    b.faults.offline = false;
    await until(b, 'upToDate');
    expect(await b.db.cases.count()).toBe(12);
  });

  it('destroys the workspace key of a revoked device, then deletes its database, and says why', async () => {
    const ws = await newWorkspace();
    const steps: string[] = [];
    const a = await enroll(ws, 'A');
    const b = await enroll(ws, 'B', {
      destroyKey: async () => {
        const present = (await b.factory.databases()).some((d) => d.name === b.db.name);
        steps.push(`key destroyed (database ${present ? 'still there' : 'gone'})`);
      },
    });
    await a.commit([newCase().change]);
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    expect(await b.db.cases.count()).toBe(1);
    const name = b.db.name;
    expect((await b.factory.databases()).map((d) => d.name)).toContain(name);

    await revokeDevice(running.server.sql, b.settings.deviceId);
    const state = await b.engine.syncOnce();
    expect(state).toMatchObject({ phase: 'revoked', error: { code: 'device_revoked' } });
    expect((await b.factory.databases()).map((d) => d.name)).not.toContain(name);
    expect(steps).toEqual(['key destroyed (database still there)']);
    expect(await a.engine.syncOnce()).toMatchObject({ phase: 'upToDate' });
  });

  it('syncs deletes as tombstones', async () => {
    const ws = await newWorkspace();
    const [a, b] = [await enroll(ws, 'A'), await enroll(ws, 'B')];
    const { id, change } = newCase();
    await a.commit([change]);
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    await a.commit([{ table: 'cases', id, op: 'delete' }]);
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    expect(await b.db.cases.get(id)).toMatchObject({ deleted: 1, version: 2 });
    expect(await a.db.cases.get(id)).toEqual(await b.db.cases.get(id));
  });

  it('advances the local clock past every remote hlc it pulls', async () => {
    const ws = await newWorkspace();
    const [a, b] = [await enroll(ws, 'A'), await enroll(ws, 'B')];
    const { id, change } = newCase();
    // A's clock runs an hour fast (within the server's 24 h tolerance, so it is not clamped).
    const fast = () => new Date(Date.now() + 3_600_000);
    await commitChanges(a.db, [change], { actor: 'A', deviceId: a.settings.deviceId, now: fast });
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    const remote = clocksOf((await b.db.cases.get(id))!).title?.hlc as string;
    await b.commit([edit(id, { title: 'After the fast clock' })]);
    const [entry] = await b.db.outbox.toArray();
    expect((entry?.hlc ?? '') > remote).toBe(true);
    // B's newer edit wins on the server although B's wall clock is behind A's.
    await b.engine.syncOnce();
    expect((await serverRow(id))?.fields.title).toBe('After the fast clock');
  });

  it('on resetRequired pushes unsent work first, then downloads everything again', async () => {
    const ws = await newWorkspace();
    const [a, b] = [await enroll(ws, 'A'), await enroll(ws, 'B')];
    const first = newCase();
    await a.commit([first.change]);
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    const mine = newCase({ title: 'Unsent on B' });
    await b.commit([mine.change]);
    // As if the server had been restored from an older backup: B's cursor is beyond its head.
    await b.db.meta.put({ key: 'sync.cursor', value: 999 });
    await b.db.cases.delete(first.id);

    expect((await b.engine.syncOnce()).phase).toBe('upToDate');
    expect(await b.db.outbox.count()).toBe(0);
    expect((await serverRow(mine.id))?.fields.title).toBe('Unsent on B');
    expect(await b.db.cases.get(first.id)).toEqual(await a.db.cases.get(first.id));
    expect(await readCursor(b.db)).toBe(2);
  });

  it('keeps and renumbers unsent work when the device is enrolled again', async () => {
    const ws = await newWorkspace();
    const a = await enroll(ws, 'A');
    await a.commit([newCase().change]);
    await a.engine.syncOnce();
    const unsent = newCase({ title: 'Written before re-enrolling' });
    await a.commit([unsent.change, edit(unsent.id, { summary: 'and edited' })]);
    expect((await a.db.outbox.toArray()).map((e) => e.mutationId)).toEqual([2, 3]);

    const again = await reenroll(a, ws);
    expect((await again.db.outbox.toArray()).map((e) => e.mutationId)).toEqual([1, 2]);
    expect(await readCursor(again.db)).toBe(0);
    expect((await again.engine.syncOnce()).phase).toBe('upToDate');
    expect((await serverRow(unsent.id))?.fields).toMatchObject({ title: 'Written before re-enrolling', summary: 'and edited' });
    expect(await again.db.cases.count()).toBe(2);
    // Later local commits continue the new numbering.
    await commitChanges(again.db, [edit(unsent.id, { title: 'Next' })], { actor: 'A', deviceId: again.settings.deviceId });
    expect((await again.db.outbox.toArray()).map((e) => e.mutationId)).toEqual([3]);
    expect((await again.engine.syncOnce()).phase).toBe('upToDate');
  });

  it('refuses a used enrollment code with a typed error', async () => {
    const ws = await newWorkspace();
    const member = await addMember(running.server.sql, { workspaceId: ws, name: 'C', role: 'member' });
    const { code } = await createEnrollmentCode(running.server.sql, { memberId: member.id });
    const openDb = async (id: string) => {
      const db = makeTestDb(workspaceDbName(id), {}, new IDBFactory());
      await db.open();
      return db;
    };
    const { settings } = await enrollDevice(running.baseUrl, code, 'laptop', { openDb });
    expect(settings).toMatchObject({ serverUrl: running.baseUrl, workspace: { id: ws }, member: { id: member.id, role: 'member' } });
    await expect(enrollDevice(running.baseUrl, code, 'laptop', { openDb })).rejects.toMatchObject({ name: 'SyncError', status: expect.any(Number) });
  });

  it('streams pokes with the Authorization header', async () => {
    const ws = await newWorkspace();
    const [a, b] = [await enroll(ws, 'A'), await enroll(ws, 'B')];
    const abort = new AbortController();
    const pokes: number[] = [];
    const stream = b.client.events((v) => pokes.push(v), abort.signal);
    await vi.waitFor(() => expect(pokes).toEqual([0]));
    await a.commit([newCase().change]);
    await a.engine.syncOnce();
    await vi.waitFor(() => expect(pokes).toEqual([0, 1]));
    abort.abort();
    await stream;
    const unauthenticated = createSyncClient({ baseUrl: running.baseUrl, token: 'nope' });
    await expect(unauthenticated.events(() => undefined)).rejects.toMatchObject({ code: 'unauthenticated', status: 401 });
  });

  it('renumbers the outbox instead of stalling when the server lost acknowledged mutations', async () => {
    const ws = await newWorkspace();
    const a = await enroll(ws, 'A');
    const { id, change } = newCase();
    await a.commit([change, edit(id, { title: 'Second' })]);
    await a.engine.syncOnce();
    // As after a server restore from a backup taken before A's pushes.
    await running.server.sql.query('UPDATE devices SET last_mutation_id = 0 WHERE id = $1', [a.settings.deviceId]);
    await running.server.sql.query('DELETE FROM mutation_log WHERE device_id = $1', [a.settings.deviceId]);
    await a.commit([edit(id, { title: 'Third' })]);
    expect((await a.db.outbox.toArray()).map((e) => e.mutationId)).toEqual([3]);

    expect(await a.engine.syncOnce()).toMatchObject({ phase: 'upToDate' });
    expect(await a.db.outbox.count()).toBe(0);
    expect((await serverRow(id))?.fields.title).toBe('Third');
    await a.commit([edit(id, { title: 'Fourth' })]);
    expect((await a.db.outbox.toArray()).map((e) => e.mutationId)).toEqual([2]);
    expect((await a.engine.syncOnce()).phase).toBe('upToDate');
  });
});
