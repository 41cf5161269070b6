import { describe, expect, it } from 'vitest';
import { msg } from '../../../../shared/domain';
import { sampleId } from '../../../../shared/domain/sampleRecords';
import { addHolidayChange, removeHolidayChange, resetPeriodChange, savePeriodChange } from './deadlineRuleEdits';

describe('editing the periods', () => {
  it('saves a valid period as the instrument’s row', () => {
    expect(savePeriodChange('CPTPP', { amount: 45, unit: 'days', dayKind: 'business' })).toEqual({
      change: { table: 'replyPeriodRules', id: 'CPTPP', op: 'put', fields: { id: 'CPTPP', amount: 45, unit: 'days', dayKind: 'business' } },
    });
  });

  it.each([
    [null, 'days', 'requestDeadlines.amountRequired'],
    [0, 'days', msg.positive],
    [2.5, 'days', msg.integer],
    [731, 'days', msg.periodTooLong],
    [25, 'months', msg.periodTooLong],
  ] as const)('refuses %s %s with a message saying what to fix', (amount, unit, error) => {
    expect(savePeriodChange('CMAA', { amount, unit, dayKind: 'calendar' })).toEqual({ error });
  });

  it('resets to the default by removing the row', () => {
    expect(resetPeriodChange('EVFTA')).toEqual({ table: 'replyPeriodRules', id: 'EVFTA', op: 'delete' });
  });
});

describe('editing the holidays', () => {
  const tet = { id: sampleId(1), date: '2026-02-17', name: 'Tết Nguyên đán' };

  it('adds a holiday with its date and name', () => {
    expect(addHolidayChange(sampleId(2), { date: '2026-09-02', name: ' Quốc khánh ' }, [tet])).toEqual({
      change: { table: 'holidays', id: sampleId(2), op: 'put', fields: { id: sampleId(2), date: '2026-09-02', name: 'Quốc khánh' } },
    });
  });

  it('says what is missing, and refuses a date already listed', () => {
    expect(addHolidayChange(sampleId(2), { date: null, name: '' }, [])).toEqual({ errors: { date: msg.required, name: msg.required } });
    expect(addHolidayChange(sampleId(2), { date: '2027-02-29', name: 'X' }, [])).toEqual({ errors: { date: msg.dateNotReal } });
    expect(addHolidayChange(sampleId(2), { date: '2026-02-17', name: 'Tết' }, [tet])).toEqual({ errors: { date: 'requestDeadlines.duplicateDate' } });
  });

  it('removes a holiday as a tombstone every device receives', () => {
    expect(removeHolidayChange(tet.id)).toEqual({ table: 'holidays', id: tet.id, op: 'delete' });
  });
});
