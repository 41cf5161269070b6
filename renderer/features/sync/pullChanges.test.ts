import { afterEach, describe, expect, it } from 'vitest';
import type { PullRequest, PullResponse } from '../../../shared/sync';
import type { AttacheDb } from '../../db/AttacheDb';
import { makeTestDb } from '../../db/testDb';
import { readCursor } from './applyPage';
import { pagesAhead, pullChanges } from './pullChanges';
import type { SyncClient } from './syncClient';

const hlc = '001772409600000-00000-0190f0aa-1111-4222-8333-444455556666';
const lastVersion = 10;

/** A server of `lastVersion` notes, one per page, answering at once; it records every cursor asked for. */
function pagedServer(asked: number[]): SyncClient {
  const unused = () => Promise.reject(new Error('not used'));
  return {
    health: unused,
    enroll: unused,
    push: unused,
    putBlob: unused,
    getBlob: unused,
    auditEvents: unused,
    events: unused,
    async pull({ cursor }: PullRequest): Promise<PullResponse> {
      asked.push(cursor);
      const version = cursor + 1;
      return {
        changes: [{ table: 'notes', id: `note-${version}`, version, deleted: false, fields: { body: `Note ${version}` }, fieldMeta: { body: { v: version, hlc } } }],
        cursor: version,
        hasMore: version < lastVersion,
        lastMutationId: 0,
      };
    },
  };
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
});
