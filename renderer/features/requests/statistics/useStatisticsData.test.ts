import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../../shared/domain/sampleRecords';
import { commitChanges, type AttacheDb, type Change } from '../../../db';
import { makeTestDb } from '../../../db/testDb';
import { loadStatisticsData } from './useStatisticsData';

const ctx = { actor: 'Nguyễn Văn An', deviceId: '0193d3a0-0000-7000-8000-00000000a001' };
const s = sampleRecords;
const put = (table: Change['table'], fields: { id: string; [field: string]: unknown }): Change => ({ table, id: fields.id, op: 'put', fields: { ...fields } });
const id = (n: number) => `0193d3a0-0000-7000-8000-0000000009${String(n).padStart(2, '0')}`;

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb();
  await db.open();
});
afterEach(() => db.close());

describe('loadStatisticsData', () => {
  it('reads the requests not deleted, with their cases’ reference and partner country', async () => {
    await commitChanges(db, [put('cases', { ...s.cases, partnerCountry: 'US' })], ctx);
    await commitChanges(
      db,
      [
        put('verificationRequests', { ...s.verificationRequests, id: id(1), sentOn: '2026-01-05' }),
        put('verificationRequests', { ...s.verificationRequests, id: id(2) }),
        put('verificationRequests', { ...s.verificationRequests, id: id(3), caseId: id(99) }),
      ],
      ctx,
    );
    await commitChanges(db, [{ table: 'verificationRequests', id: id(2), op: 'delete' }], ctx);

    const { requests, cases } = await loadStatisticsData(db);
    expect(requests.map((r) => r.id).sort()).toEqual([id(1), id(3)]);
    expect(requests.find((r) => r.id === id(1))?.sentOn).toBe('2026-01-05');
    expect([...cases]).toEqual([[s.cases.id, { reference: s.cases.reference, partnerCountry: 'US' }]]);
  });
});
