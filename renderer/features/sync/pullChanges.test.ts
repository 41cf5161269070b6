import { afterEach, describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import type { GroupedPulledChange, GroupedPullResponse, PullRequest } from '../../../shared/sync';
import { commitChanges, presealMinChanges } from '../../db';
import type { AttacheDb } from '../../db/AttacheDb';
import { makeTestDb } from '../../db/testDb';
import { readCursor } from './applyPage';
import { pagesAhead, pullChanges } from './pullChanges';
import type { SyncClient } from './syncClient';

const hlc = '001772409600000-00000-0190f0aa-1111-4222-8333-444455556666';
const lastVersion = 10;

const unused = () => Promise.reject(new Error('not used'));
const serverOf = (pull: SyncClient['pull']): SyncClient => ({ health: unused, enroll: unused, push: unused, putBlob: unused, getBlob: unused, auditEvents: unused, events: unused, pull });

/** A server of `lastVersion` notes, one per page, answering at once; it records every cursor asked for. */
function pagedServer(asked: number[]): SyncClient {
  return serverOf(async ({ cursor }: PullRequest): Promise<GroupedPullResponse> => {
    asked.push(cursor);
    const version = cursor + 1;
    return {
      changes: [{ table: 'notes', id: `note-${version}`, version, deleted: false, fields: { body: `Note ${version}` }, clocks: [{ v: version, hlc }] }],
      cursor: version,
      hasMore: version < lastVersion,
      lastMutationId: 0,
    };
  });
}

/** A server of `pages` pages of `presealMinChanges` cases each (large: sealed ahead of their writes). */
const { id: _id, ...caseFields } = sampleRecords.cases;

function caseServer(pages: number): { client: SyncClient; idOf: (version: number) => string } {
  const fields = caseFields;
  const idOf = (version: number) => `0190f0aa-0000-7000-8000-${String(version).padStart(12, '0')}`;
  const change = (version: number): GroupedPulledChange => {
    const record = { ...fields, title: `Thép cuộn lô ${version}` };
    return { table: 'cases', id: idOf(version), version, deleted: false, fields: record, clocks: [{ v: version, hlc }] } as GroupedPulledChange;
  };
  const last = pages * presealMinChanges;
  const client = serverOf(async ({ cursor }) => {
    const changes = Array.from({ length: presealMinChanges }, (_, i) => change(cursor + i + 1));
    return { changes, cursor: cursor + presealMinChanges, hasMore: cursor + presealMinChanges < last, lastMutationId: 0 };
  });
  return { client, idOf };
}

let db: AttacheDb;
afterEach(() => db.close());

describe('pullChanges', () => {
  it('asks for the next pages while one is written, never more than pagesAhead beyond it, in cursor order', async () => {
    db = makeTestDb();
    const asked: number[] = [];
    const askedWhileWriting: number[] = [];
    const received = await pullChanges(db, pagedServer(asked), {
      deviceId: 'd',
      pageSizes: { first: 1 },
      beforeCommit: (page) => void askedWhileWriting.push(asked.length - page.cursor),
    });
    expect(received).toBe(lastVersion);
    expect(asked).toEqual([...Array(lastVersion).keys()]);
    // Requests beyond the page being written: some (it reads ahead), never more than the bound.
    expect(Math.max(...askedWhileWriting)).toBe(pagesAhead);
    expect(Math.min(...askedWhileWriting)).toBeGreaterThanOrEqual(0);
    expect(await readCursor(db)).toBe(lastVersion);
    expect(await db.notes.count()).toBe(lastVersion);
  });

  it('keeps an edit the officer makes during a first download on top of the records still to come', async () => {
    db = makeTestDb();
    const { client, idOf } = caseServer(4);
    const ctx = { actor: 'Lê Minh Châu', deviceId: '0190f0aa-1111-4222-8333-444455556666' };
    // Later pages were prepared on the outbox as it was before the edit (read once for the pull).
    const edited = [idOf(presealMinChanges + 5), idOf(3 * presealMinChanges + 5)];
    const edit = { ...caseFields, title: 'Edited here, not yet sent' };
    let committed: Promise<void> | null = null;
    await pullChanges(db, client, {
      deviceId: 'd',
      // After the first page is written: its transaction is queued before the second page's.
      onPage: () => void (committed ??= commitChanges(db, edited.map((id) => ({ table: 'cases' as const, id, op: 'put' as const, fields: edit })), ctx)),
    });
    await committed;
    expect(await db.cases.count()).toBe(4 * presealMinChanges);
    for (const id of edited) expect(await db.cases.get(id)).toMatchObject({ title: 'Edited here, not yet sent' });
    expect(await db.cases.get(idOf(2 * presealMinChanges + 5))).toMatchObject({ title: `Thép cuộn lô ${2 * presealMinChanges + 5}` });
  });
});
