import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { restoreBackup } from '../../../server/backup/restoreBackup';
import { writeBackup } from '../../../server/backup/writeBackup';
import { createFolderBlobStore } from '../../../server/blobs/blobStore';
import { createWorkspace } from '../../../server/services/workspaces';
import { enrollTestDevice, reenrollTestDevice, useSyncTestServer } from '../../../test/fixtures/syncTestServer';
import { commitChanges, newId, type AttacheDb, type Change } from '../../db';
import { createSyncClient, type SyncClient } from './syncClient';
import { createSyncEngine, type SyncEngine } from './syncEngine';
import { SyncError } from './syncError';
import type { SyncSettings } from './syncSettings';

// The real server and the real sync engine of each device, on its own fake IndexedDB: the server
// is restored from a backup older than what the devices hold, while it keeps running (as the
// admin channel restores a running PGlite server, or `admin restore` a PostgreSQL one).
const running = useSyncTestServer();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-restore-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Laptop {
  db: AttacheDb;
  engine: SyncEngine;
  commit(changes: Change[]): Promise<void>;
  sync(): Promise<void>;
}

interface LaptopOptions {
  /** The pages of every pull. */
  pageSize?: number;
  /** Wraps the device's client (to cut a sync short). */
  client?: (client: SyncClient) => SyncClient;
}

async function laptop(workspaceId: string, name: string, options: LaptopOptions = {}): Promise<Laptop> {
  const { db, settings } = await enrollTestDevice(running, workspaceId, name);
  return driven(db, settings, name, options);
}

/** The same laptop enrolled again, as a new device of the workspace (its member's code, e.g. after a revoked token). */
async function reEnrolled(workspaceId: string, previous: Laptop, name: string, options: LaptopOptions = {}): Promise<Laptop> {
  const settings = await reenrollTestDevice(running, workspaceId, previous.db, name);
  return driven(previous.db, settings, name, options);
}

function driven(db: AttacheDb, settings: SyncSettings, name: string, options: LaptopOptions): Laptop {
  const real = createSyncClient({ baseUrl: running.baseUrl, token: settings.token });
  const client = options.client ? options.client(real) : real;
  const pageSizes = options.pageSize ? { first: options.pageSize, next: options.pageSize } : undefined;
  const engine = createSyncEngine({ db, client, deviceId: settings.deviceId, retry: { baseMs: 5, maxMs: 20 }, pageSizes });
  return {
    db,
    engine,
    commit: (changes) => commitChanges(db, changes, { actor: name, deviceId: settings.deviceId }),
    async sync() {
      const state = await engine.syncOnce();
      expect(state, `${name} syncs: ${JSON.stringify(state.error)}`).toMatchObject({ phase: 'upToDate', pending: 0 });
    },
  };
}

/** Wraps a client so that a pull fails, as if the lid were closed, when a page brings `closeAt`. */
function lidClosing() {
  const lid = {
    closeAt: null as string | null,
    client: (client: SyncClient): SyncClient => ({
      ...client,
      async pull(request) {
        const page = await client.pull(request);
        if (lid.closeAt !== null && page.changes.some((c) => c.id === lid.closeAt)) throw new SyncError('network', 0, 'The lid was closed');
        return page;
      },
    }),
  };
  return lid;
}

const newCase = (title: string): [string, Change] => {
  const { id: _id, ...fields } = sampleRecords.cases;
  const id = newId();
  return [id, { table: 'cases', id, op: 'put', fields: { ...fields, title } }];
};
const newNote = (caseId: string, text: string): [string, Change] => {
  const { id: _id, ...fields } = sampleRecords.notes;
  const id = newId();
  return [id, { table: 'notes', id, op: 'put', fields: { ...fields, caseId, text } }];
};
const edit = (table: 'cases' | 'notes', id: string, fields: Record<string, unknown>): Change => ({ table, id, op: 'put', fields });

/** What a device shows: its live cases and notes with their values, without sync bookkeeping. */
async function shown(db: AttacheDb) {
  // Stored rows are typed per table; only their shared bookkeeping fields matter here.
  const strip = (rows: object[]) =>
    (rows as Record<string, unknown>[])
      .filter((r) => r.deleted === 0)
      .map(({ version: _v, writtenAt: _w, clocks: _c, ...rest }) => rest)
      .sort((x, y) => String(x.id).localeCompare(String(y.id)));
  return { cases: strip(await db.cases.toArray()), notes: strip(await db.notes.toArray()) };
}

describe('devices after the server is restored from an older backup', () => {
  it('send again everything the backup lacks, whoever made it, and all end with the same data', async () => {
    const blobs = createFolderBlobStore(join(dir, 'blobs'));
    const ws = (await createWorkspace(running.server.sql, { name: 'Washington office' })).id;
    const [a, b, c] = [await laptop(ws, 'A'), await laptop(ws, 'B'), await laptop(ws, 'C')];
    const [caseX, createX] = newCase('Before the backup');
    const [noteN, createN] = newNote(caseX, 'Known to the backup');
    await a.commit([createX, createN]);
    await a.sync();
    await b.sync();
    await c.sync();

    const file = join(dir, `before-${newId()}.backup.gz`);
    await writeBackup(running.server.sql, blobs, file);

    // After the backup, all acknowledged by the server and then lost with it:
    // A edits X and opens case Y; B pulls both, then edits Y and writes a note; C stays offline.
    const [caseY, createY] = newCase('Opened after the backup');
    await a.commit([edit('cases', caseX, { title: 'Edited after the backup' }), createY]);
    await a.sync();
    await b.sync();
    const [noteM, createM] = newNote(caseY, 'Written on B after the backup');
    await b.commit([edit('cases', caseY, { summary: 'B added this after the backup' }), createM]);
    await b.sync();
    // A deletes the note the backup knows: the delete is lost too.
    await a.commit([{ table: 'notes', id: noteN, op: 'delete' }]);
    await a.sync();
    const before = { a: await shown(a.db), b: await shown(b.db) };

    const restored = await restoreBackup(running.server.sql, blobs, file, { replace: true });
    expect(restored.workspaces).toContainEqual(expect.objectContaining({ id: ws }));

    // C, offline since before the backup, edits X meanwhile: the server never saw A's edit of it.
    await c.commit([edit('cases', caseX, { summary: 'C edited after the restore' })]);
    await c.sync();
    await a.sync();
    await b.sync();
    for (const device of [c, a, b, c, a]) await device.sync();

    const onA = await shown(a.db);
    expect(await shown(b.db)).toEqual(onA);
    expect(await shown(c.db)).toEqual(onA);
    expect(onA.cases.find((r) => r.id === caseX)).toMatchObject({ title: 'Edited after the backup', summary: 'C edited after the restore' });
    expect(onA.cases.find((r) => r.id === caseY)).toMatchObject({ title: 'Opened after the backup', summary: 'B added this after the backup' });
    expect(onA.notes.map((n) => n.id)).toEqual([noteM]);
    // Nothing A or B showed before the restore is gone, except where C's later edit replaced it.
    expect(onA.cases.find((r) => r.id === caseY)).toEqual(before.b.cases.find((r) => r.id === caseY));
    expect(onA.notes).toEqual(before.a.notes);
    // (C's edit set the summary and, with it, the time of the last update.)
    const unlessEditedByC = { summary: null, updatedAt: null };
    expect({ ...onA.cases.find((r) => r.id === caseX), ...unlessEditedByC }).toEqual({ ...before.a.cases.find((r) => r.id === caseX), ...unlessEditedByC });
    for (const device of [a, b, c]) expect(await device.db.outbox.count()).toBe(0);
    // The server holds it too, so a device enrolled from now on gets all of it.
    const d = await laptop(ws, 'D');
    await d.sync();
    expect(await shown(d.db)).toEqual(onA);
  });

  it('send again what the backup lacks from a laptop enrolled again after the restore', async () => {
    const blobs = createFolderBlobStore(join(dir, 'blobs'));
    const ws = (await createWorkspace(running.server.sql, { name: 'Washington office' })).id;
    const a = await laptop(ws, 'A');
    const [caseX, createX] = newCase('Before the backup');
    await a.commit([createX]);
    await a.sync();
    const file = join(dir, `reenrolled-${newId()}.backup.gz`);
    await writeBackup(running.server.sql, blobs, file);
    await a.commit([edit('cases', caseX, { title: 'Edited after the backup' })]);
    await a.sync();
    await restoreBackup(running.server.sql, blobs, file, { replace: true });

    // Its download starts again from nothing, as a new device: the server's older row must not
    // replace the edit before the laptop finds the server lacks it.
    const again = await reEnrolled(ws, a, 'A again');
    await again.sync();
    await again.sync();
    expect(await again.db.cases.get(caseX)).toMatchObject({ title: 'Edited after the backup' });
    const d = await laptop(ws, 'D');
    await d.sync();
    expect(await d.db.cases.get(caseX)).toMatchObject({ title: 'Edited after the backup' });
  });

  /**
   * A draft request with one question, synced and backed up; then, lost with the backup, the
   * question reworded and the request sent. Returns the ids and the wording the letter went with.
   */
  async function sentAfterTheBackup(a: Laptop) {
    const blobs = createFolderBlobStore(join(dir, 'blobs'));
    const [caseX, createX] = newCase('Plywood via Hải Phòng');
    const { id: _r, ...request } = sampleRecords.verificationRequests;
    const { id: _q, ...question } = sampleRecords.requestQuestions;
    const [requestId, questionId] = [newId(), newId()];
    await a.commit([
      createX,
      { table: 'verificationRequests', id: requestId, op: 'put', fields: { ...request, caseId: caseX } },
      { table: 'requestQuestions', id: questionId, op: 'put', fields: { ...question, requestId } },
    ]);
    await a.sync();
    const file = join(dir, `draft-${newId()}.backup.gz`);
    await writeBackup(running.server.sql, blobs, file);
    const wording = 'Please confirm that the producer manufactured the goods at its Bình Dương mill.';
    await a.commit([{ table: 'requestQuestions', id: questionId, op: 'put', fields: { text: wording } }]);
    await a.commit([{ table: 'verificationRequests', id: requestId, op: 'put', fields: { status: 'sent', sentOn: '2026-02-20', frozenAt: '2026-02-20T08:00:00.000Z' } }]);
    await a.sync();
    await restoreBackup(running.server.sql, blobs, file, { replace: true });
    return { requestId, questionId, wording };
  }

  /** What a laptop enrolled after it all gets of the request and its question. */
  async function onANewLaptop(ws: string, requestId: string, questionId: string) {
    const d = await laptop(ws, 'D');
    await d.sync();
    return { request: await d.db.verificationRequests.get(requestId), question: await d.db.requestQuestions.get(questionId) };
  }

  /** The letter went out with its new wording, on `device` and on a laptop enrolled after it all. */
  async function expectWordingKept(ws: string, device: Laptop, { requestId, questionId, wording }: Awaited<ReturnType<typeof sentAfterTheBackup>>) {
    expect(await onANewLaptop(ws, requestId, questionId)).toMatchObject({ request: { status: 'sent' }, question: { text: wording } });
    expect(await device.db.requestQuestions.get(questionId)).toMatchObject({ text: wording });
  }

  /**
   * `sentAfterTheBackup`, then a reconciliation cut short: pages of one row, and the network lost
   * as the question's page arrives, so the request's sending is queued again and its question's
   * rewording not yet.
   */
  async function reconciliationCutShort(ws: string) {
    const lid = lidClosing();
    const a = await laptop(ws, 'A', { pageSize: 1, client: lid.client });
    const sent = await sentAfterTheBackup(a);
    lid.closeAt = sent.questionId;
    expect(await a.engine.syncOnce()).toMatchObject({ phase: 'offline', pending: 1 });
    expect((await a.db.outbox.toArray()).map((e) => e.table)).toEqual(['verificationRequests']);
    lid.closeAt = null;
    return { a, sent };
  }

  it('send a question reworded before its request was sent ahead of the sending, so the letter keeps its wording', async () => {
    const ws = (await createWorkspace(running.server.sql, { name: 'Hanoi office' })).id;
    const a = await laptop(ws, 'A');
    const sent = await sentAfterTheBackup(a);
    await a.sync();
    await a.sync();
    await expectWordingKept(ws, a, sent);
  });

  it('hold what a reconciliation cut short had queued until it has queued everything, so the order still holds', async () => {
    const ws = (await createWorkspace(running.server.sql, { name: 'Hanoi office' })).id;
    const { a, sent } = await reconciliationCutShort(ws);
    await a.sync();
    await a.sync();
    await expectWordingKept(ws, a, sent);
  });

  it('keep holding what a reconciliation cut short had queued when the laptop is enrolled again meanwhile', async () => {
    const ws = (await createWorkspace(running.server.sql, { name: 'Hanoi office' })).id;
    const { a, sent } = await reconciliationCutShort(ws);
    // Enrolled again before the next sync: the request's sending, queued so far, still waits for
    // its question's rewording.
    const again = await reEnrolled(ws, a, 'A again', { pageSize: 1 });
    await again.sync();
    await again.sync();
    await expectWordingKept(ws, again, sent);
  });
});
