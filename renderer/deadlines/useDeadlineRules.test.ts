import { describe, expect, it } from 'vitest';
import { replyDueOnFor } from '../../shared/domain';
import { sampleId } from '../../shared/domain/sampleRecords';
import { commitChanges } from '../db';
import { makeTestDb, newTestDataKey } from '../db/testDb';
import { readDeadlineRules } from './useDeadlineRules';

const ctx = { actor: 'Trần Thị Lan', deviceId: 'device-a' };

describe('the deadline rules as a device reads them', () => {
  it('gives the rule table and the holidays by date, without deleted ones, to compute due dates with', async () => {
    const db = makeTestDb('attache-ws-deadline-rules', { dataKey: newTestDataKey() });
    expect(await readDeadlineRules(db)).toEqual({ rules: {}, holidays: [], ruleRows: [], holidayRows: [] });
    await commitChanges(
      db,
      [
        { table: 'replyPeriodRules', id: 'CPTPP', op: 'put', fields: { id: 'CPTPP', amount: 10, unit: 'days', dayKind: 'business' } },
        { table: 'holidays', id: sampleId(2), op: 'put', fields: { id: sampleId(2), date: '2026-02-17', name: 'Tết' } },
        { table: 'holidays', id: sampleId(1), op: 'put', fields: { id: sampleId(1), date: '2026-02-16', name: 'Tết (eve)' } },
        { table: 'holidays', id: sampleId(3), op: 'put', fields: { id: sampleId(3), date: '2026-01-01', name: 'New Year' } },
      ],
      ctx,
    );
    await commitChanges(db, [{ table: 'holidays', id: sampleId(3), op: 'delete' }], ctx);
    const read = await readDeadlineRules(db);
    expect(read.rules).toEqual({ CPTPP: { amount: 10, unit: 'days', dayKind: 'business' } });
    expect(read.holidays).toEqual(['2026-02-16', '2026-02-17']);
    expect(read.holidayRows.map((h) => h.name)).toEqual(['Tết (eve)', 'Tết']);
    // Friday 13 February + 10 business days, with Tết's two days off: Tuesday 3 March.
    expect(replyDueOnFor('CPTPP', '2026-02-13', read.rules, read.holidays)).toBe('2026-03-03');
    db.close();
  });
});
