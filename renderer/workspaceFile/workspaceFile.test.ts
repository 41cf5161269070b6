import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCase, makeNote, makeParty } from '../../test/fixtures/makeCase';
import { attachFile } from '../attachments/attachmentFiles';
import type { AttacheDb } from '../db/AttacheDb';
import { commitChanges } from '../db/commitChanges';
import { makeTestDb } from '../db/testDb';
import { clocksOf, withClocks } from '../db/rowClocks';
import { holdsRecords } from './importWorkspaceSnapshot';
import { decodeSnapshotPayload } from './snapshotPayload';
import { exportWorkspaceFile, importWorkspaceFile } from './workspaceFile';
import { openWorkspaceFile } from './workspaceFileCipher';
import { loadImportedWorkspace } from './workspaceFileOrigin';
import type { WorkspaceFileErrorCode } from './workspaceFileError';

const passphrase = 'ngựa vằn Geneva tàu hoả 47';
const origin = { workspaceId: 'ws1', workspaceName: 'Washington office' };
const ctxA = { actor: 'Nguyễn Văn An', deviceId: 'dev-a', now: () => new Date('2026-03-02T09:00:00.000Z') };
const pdf = new TextEncoder().encode('%PDF-1.7\nCertificate of origin form E 00123, Hải Phòng\n');

let a: AttacheDb;
let b: AttacheDb;
beforeEach(async () => {
  // Two profiles: their own IndexedDB and their own data keys.
  a = makeTestDb('attache-ws-ws1', {}, new IDBFactory());
  b = makeTestDb('attache-ws-local', {}, new IDBFactory());
  await Promise.all([a.open(), b.open()]);
});
afterEach(() => {
  a.close();
  b.close();
});

const pulledHlc = '001772441000000-00000-dev-other';

/** Profile A: a case pulled from the server (version 7) and edited since, a new case with a party, a note and a file, a deleted case. */
async function seedA() {
  const pulled = makeCase({ title: 'Plywood from Hải Phòng' });
  const pulledClocks = Object.fromEntries(Object.keys(pulled).filter((k) => k !== 'id').map((k) => [k, { v: 7, hlc: pulledHlc }]));
  await a.cases.put(withClocks({ ...pulled, version: 7, deleted: 0 as const }, pulledClocks));
  await a.meta.put({ key: 'sync.settings', value: { serverUrl: 'https://sync.example.gov', deviceId: 'dev-a', token: 'secret-device-token-42', workspace: { id: 'ws1', name: 'Washington office' } } });
  const fresh = makeCase({ title: 'Aluminium extrusions' });
  const party = makeParty(fresh.id);
  const dropped = makeCase();
  const note = makeNote(fresh.id);
  await commitChanges(a, [
    { table: 'cases', id: fresh.id, op: 'put', fields: fresh },
    { table: 'parties', id: party.id, op: 'put', fields: party },
    { table: 'cases', id: dropped.id, op: 'put', fields: dropped },
    { table: 'notes', id: note.id, op: 'put', fields: note },
  ], ctxA);
  await commitChanges(a, [{ table: 'cases', id: dropped.id, op: 'delete' }], ctxA);
  // The server acknowledged those two commits: their entries left the outbox.
  await a.outbox.clear();
  await commitChanges(a, [{ table: 'cases', id: pulled.id, op: 'put', fields: { title: 'Plywood from Hải Phòng, C/O form E' } }], ctxA);
  const attachmentId = await attachFile(a, fresh.id, { name: 'C-O form E.pdf', type: 'application/pdf', bytes: pdf }, ctxA);
  await a.hsCodes.put({ code: '4412', description: 'Plywood', parent: '44', level: 4, section: 'IX' });
  return { pulled, fresh, attachmentId };
}

const errorCode = (promise: Promise<unknown>) => promise.then(() => 'imported', (e: { code?: WorkspaceFileErrorCode }) => e.code ?? String(e));
const sortById = <T extends { id: string }>(rows: T[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));

describe('workspace file, from one profile to an empty one', () => {
  it('carries every record with its versions and clocks, the unsent changes and the files, and nothing of the enrollment', async () => {
    const { pulled, fresh, attachmentId } = await seedA();
    const steps = new Set<string>();
    const { bytes, summary } = await exportWorkspaceFile(a, origin, passphrase, { iterations: 1000, onProgress: (p) => steps.add(p.step) });
    expect([...steps]).toEqual(['reading', 'encrypting']);
    expect(summary.counts).toEqual([
      { kind: 'cases', count: 2 },
      { kind: 'caseDetails', count: 1 },
      { kind: 'notes', count: 1 },
      { kind: 'attachments', count: 1 },
      { kind: 'files', count: 1 },
      { kind: 'unsent', count: 2 },
    ]);
    const opened = JSON.stringify((await decodeSnapshotPayload(await openWorkspaceFile(bytes, passphrase))).snapshot);
    expect(opened).not.toContain('secret-device-token-42');
    expect(opened).not.toContain('sync.example.gov');

    const imported = await importWorkspaceFile(b, bytes, passphrase, { now: () => new Date('2026-03-03T08:00:00.000Z') });
    expect(imported.counts).toEqual(summary.counts);
    expect(imported.origin).toEqual(origin);
    expect(sortById(await b.cases.toArray())).toEqual(sortById(await a.cases.toArray()));
    expect(await b.cases.count()).toBe(3);
    // Each row with its clocks, the pulled one's at the server's version.
    expect(clocksOf((await b.cases.get(pulled.id))!).reference).toEqual({ v: 7, hlc: pulledHlc });
    expect(clocksOf((await b.cases.get(pulled.id))!).title).toMatchObject({ v: 7 });
    expect((await b.attachments.get(attachmentId))?.caseId).toBe(fresh.id);
    expect((await b.blobs.toArray()).map((blob) => blob.bytes)).toEqual([pdf]);
    expect(await b.hsCodes.count()).toBe(1);
    expect(await b.changeLog.count()).toBe(await a.changeLog.count());
    expect(await loadImportedWorkspace(b)).toEqual({ ...origin, exportedAt: summary.exportedAt, importedAt: '2026-03-03T08:00:00.000Z' });
    expect(await b.meta.get('sync.settings')).toBeUndefined();

    // A's unsent changes wait in B's outbox, numbered from 1; B's next edit follows them,
    // based on the version the server knows.
    const outbox = await b.outbox.orderBy('mutationId').toArray();
    expect(outbox.map((e) => [e.mutationId, e.table, e.id])).toEqual([
      [1, 'cases', pulled.id],
      [2, 'attachments', attachmentId],
    ]);
    expect(outbox[0]!.base).toMatchObject({ title: 7 });
    await commitChanges(b, [{ table: 'cases', id: pulled.id, op: 'put', fields: { title: 'Plywood, C/O form E, verified' } }], { actor: 'Trần Thị Bình', deviceId: 'dev-b' });
    const next = await b.outbox.get(3);
    expect(next?.base).toMatchObject({ title: 7 });
    expect(next!.hlc > outbox[1]!.hlc).toBe(true);
  });

  it('writes nothing for a wrong passphrase', async () => {
    await seedA();
    const { bytes } = await exportWorkspaceFile(a, origin, passphrase, { iterations: 1000 });
    expect(await errorCode(importWorkspaceFile(b, bytes, 'ngựa vằn Geneva tàu hoả 48'))).toBe('wrong_passphrase');
    expect(await holdsRecords(b)).toBe(false);
    expect(await b.blobs.count()).toBe(0);
  });

  it('refuses a profile that already holds records, and leaves them as they were', async () => {
    await seedA();
    const { bytes } = await exportWorkspaceFile(a, origin, passphrase, { iterations: 1000 });
    const own = makeCase({ title: 'Typed on this laptop' });
    await commitChanges(b, [{ table: 'cases', id: own.id, op: 'put', fields: own }], { actor: 'Trần Thị Bình', deviceId: 'dev-b' });
    expect(await errorCode(importWorkspaceFile(b, bytes, passphrase))).toBe('profile_not_empty');
    expect((await b.cases.toArray()).map((c) => c.title)).toEqual(['Typed on this laptop']);
    expect(await b.outbox.count()).toBe(1);
    expect(await loadImportedWorkspace(b)).toBeNull();
  });

  it('exports an empty workspace to a file that imports as nothing', async () => {
    const { bytes, summary } = await exportWorkspaceFile(a, { workspaceId: 'local', workspaceName: null }, passphrase, { iterations: 1000 });
    expect(summary.counts).toEqual([]);
    expect((await importWorkspaceFile(b, bytes, passphrase)).counts).toEqual([]);
    expect(await holdsRecords(b)).toBe(false);
  });
});
