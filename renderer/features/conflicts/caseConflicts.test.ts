import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Conflict } from '../../../shared/domain';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { commitChanges, type AttacheDb } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { countCaseConflicts } from './caseConflicts';

const ctx = { actor: 'Trần Thị Lan', deviceId: '0193d3a0-0000-7000-8000-00000000a002' };
const { id: caseId } = sampleRecords.cases;
const otherCase = '0193d3a0-0000-7000-8000-0000000cafe2';

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb();
  await db.open();
  await commitChanges(
    db,
    [
      { table: 'cases', id: caseId, op: 'put', fields: { ...sampleRecords.cases } },
      { table: 'parties', id: sampleRecords.parties.id, op: 'put', fields: { ...sampleRecords.parties } },
    ],
    ctx,
  );
});
afterEach(() => db.close());

const conflict = (id: string, overrides: Partial<Conflict>) => ({ ...sampleRecords.conflicts, ...overrides, id, version: 1, deleted: 0 as const });

describe('countCaseConflicts (the marker on a case page)', () => {
  it('counts the open conflicts of the case and of its records, not resolved ones nor other cases’', async () => {
    expect(await countCaseConflicts(db, caseId)).toBe(0);
    await db.conflicts.bulkPut([
      conflict('0193d3a0-0000-7000-8000-0000000c0001', {}),
      conflict('0193d3a0-0000-7000-8000-0000000c0002', { recordTable: 'parties', recordId: sampleRecords.parties.id, field: 'name', reason: 'editAfterDelete' }),
      conflict('0193d3a0-0000-7000-8000-0000000c0003', { recordId: otherCase }),
      conflict('0193d3a0-0000-7000-8000-0000000c0004', { status: 'resolved', resolvedBy: 'Mai', resolvedAt: '2026-03-02T09:00:00.000Z' }),
    ]);
    expect(await countCaseConflicts(db, caseId)).toBe(2);
    expect(await countCaseConflicts(db, otherCase)).toBe(1);
  });
});
