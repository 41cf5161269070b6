import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { commitChanges, type AttacheDb } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { loadRecordHistory } from './recordHistory';

const caseRecord = sampleRecords.cases;
const at = (iso: string) => ({ actor: 'Trần Thị Lan', deviceId: 'device-a', now: () => new Date(iso) });

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb();
  await db.open();
});
afterEach(() => db.close());

describe('loadRecordHistory', () => {
  it('lists created, each changed field and losing values, newest first, without updatedAt noise', async () => {
    const put = (fields: Record<string, unknown>) => [{ table: 'cases' as const, id: caseRecord.id, op: 'put' as const, fields }];
    await commitChanges(db, put({ ...caseRecord }), at('2026-03-01T08:00:00.000Z'));
    await commitChanges(db, put({ title: 'Wire rod, origin doubtful', priority: 'urgent' }), at('2026-03-02T08:00:00.000Z'));
    await commitChanges(db, put({ status: 'open' }), { ...at('2026-03-04T08:00:00.000Z'), actor: 'Nguyễn Thị Mai' });
    // The server kept a concurrent title from another device and recorded the one it replaced.
    await db.fieldHistory.put({
      ...sampleRecords.fieldHistory,
      recordId: caseRecord.id,
      value: 'Steel wire rod (draft title)',
      replacedAt: '2026-03-03T08:00:00.000Z',
      version: 4,
      deleted: 0,
    });
    // An audit entry of another record is not this record's history.
    await commitChanges(db, [{ table: 'cases', id: sampleRecords.conflicts.id, op: 'put', fields: { ...caseRecord, id: sampleRecords.conflicts.id } }], at('2026-03-05T08:00:00.000Z'));

    const items = await loadRecordHistory(db, 'cases', caseRecord.id);
    expect(items.map((i) => [i.kind, i.at, 'field' in i ? i.field : null])).toEqual([
      ['changed', '2026-03-04T08:00:00.000Z', 'status'],
      ['replaced', '2026-03-03T08:00:00.000Z', 'title'],
      ['changed', '2026-03-02T08:00:00.000Z', 'title'],
      ['changed', '2026-03-02T08:00:00.000Z', 'priority'],
      ['created', '2026-03-01T08:00:00.000Z', null],
    ]);
    expect(items[0]).toMatchObject({ author: 'Nguyễn Thị Mai', old: 'draft', new: 'open' });
    expect(items[1]).toMatchObject({ author: 'John Smith', value: 'Steel wire rod (draft title)' });
    expect(items[2]).toMatchObject({ old: caseRecord.title, new: 'Wire rod, origin doubtful' });
  });

  it('shows a delete as one line and ignores entries of another table sharing the id', async () => {
    await commitChanges(db, [{ table: 'cases', id: caseRecord.id, op: 'put', fields: { ...caseRecord } }], at('2026-03-01T08:00:00.000Z'));
    await commitChanges(db, [{ table: 'cases', id: caseRecord.id, op: 'delete' }], at('2026-03-02T08:00:00.000Z'));
    await db.fieldHistory.put({ ...sampleRecords.fieldHistory, recordTable: 'parties', recordId: caseRecord.id, version: 2, deleted: 0 });

    const items = await loadRecordHistory(db, 'cases', caseRecord.id);
    expect(items.map((i) => i.kind)).toEqual(['deleted', 'created']);
  });
});
