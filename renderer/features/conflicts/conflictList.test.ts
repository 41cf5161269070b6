import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Conflict } from '../../../shared/domain';
import { sampleId, sampleRecords } from '../../../shared/domain/sampleRecords';
import { commitChanges, type AttacheDb } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { loadConflictLists } from './conflictList';

const ctx = { actor: 'Trần Thị Lan', deviceId: 'device-a', now: () => new Date('2026-03-02T09:00:00.000Z') };
const { cases: caseRecord, verificationRequests: request } = sampleRecords;

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb();
  await db.open();
});
afterEach(() => db.close());

const conflict = (n: number, overrides: Partial<Conflict>): Conflict => ({ ...sampleRecords.conflicts, id: sampleId(100 + n), ...overrides });

describe('loadConflictLists', () => {
  it('lists open conflicts newest first with their record’s case and current value, resolved ones apart', async () => {
    await commitChanges(
      db,
      [
        { table: 'cases', id: caseRecord.id, op: 'put', fields: { ...caseRecord } },
        { table: 'verificationRequests', id: request.id, op: 'put', fields: { ...request, caseId: caseRecord.id } },
      ],
      ctx,
    );
    const rows = [
      conflict(1, { recordId: caseRecord.id, createdAt: '2026-03-01T08:00:00.000Z' }),
      conflict(2, { recordTable: 'verificationRequests', recordId: request.id, createdAt: '2026-03-03T08:00:00.000Z' }),
      conflict(3, {
        recordId: caseRecord.id,
        status: 'resolved',
        resolvedValue: 'open',
        resolvedBy: 'Nguyễn Thị Mai',
        resolvedAt: '2026-03-04T08:00:00.000Z',
      }),
      conflict(4, { recordId: sampleId(999), createdAt: '2026-03-02T08:00:00.000Z' }),
    ];
    await db.conflicts.bulkPut(rows.map((c) => ({ ...c, version: 1, deleted: 0 as const })));

    const lists = await loadConflictLists(db);
    expect(lists.open.map((v) => v.conflict.id)).toEqual([sampleId(102), sampleId(104), sampleId(101)]);
    expect(lists.resolved.map((v) => v.conflict.id)).toEqual([sampleId(103)]);
    const caseRef = { id: caseRecord.id, reference: caseRecord.reference, title: caseRecord.title };
    expect(lists.open[0]!.record).toMatchObject({ exists: true, deleted: false, current: request.status, caseRef, fields: { subject: request.subject } });
    expect(lists.open[1]!.record).toEqual({ exists: false, deleted: false, current: undefined, caseRef: null });
    expect(lists.open[2]!.record).toMatchObject({ exists: true, current: 'draft', caseRef });
    expect(lists.open[0]!.conflict).not.toHaveProperty('version');
  });
});
