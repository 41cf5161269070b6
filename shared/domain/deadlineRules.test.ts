import { describe, expect, it } from 'vitest';
import { holidaySchema, periodRulesOf, replyPeriodRuleSchema } from './deadlineRules';
import { msg } from './messageKeys';
import { replyDueOnFor } from './requestDeadlines';
import { sampleRecords } from './sampleRecords';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('reply period rule', () => {
  it('accepts a period per instrument, and one for the acknowledgement', () => {
    expect(replyPeriodRuleSchema.safeParse(sampleRecords.replyPeriodRules).success).toBe(true);
    expect(replyPeriodRuleSchema.safeParse({ id: 'acknowledgement', amount: 10, unit: 'days', dayKind: 'business' }).success).toBe(true);
    expect(replyPeriodRuleSchema.safeParse({ id: 'EVFTA', amount: 24, unit: 'months', dayKind: 'calendar' }).success).toBe(true);
  });

  it.each([
    [{ amount: 0 }, [['amount', msg.positive]]],
    [{ amount: 1.5 }, [['amount', msg.integer]]],
    [{ amount: 731, unit: 'days' }, [['amount', msg.periodTooLong]]],
    [{ amount: 25, unit: 'months' }, [['amount', msg.periodTooLong]]],
    [{ id: 'WTO' }, [['id', msg.choice]]],
    [{ dayKind: '' }, [['dayKind', msg.required]]],
  ])('refuses %j with a message that says why', (change, expected) => {
    expect(messages(replyPeriodRuleSchema.safeParse({ ...sampleRecords.replyPeriodRules, ...change }))).toEqual(expected);
  });

  it('becomes the rule table deadlines are computed with', () => {
    const rules = periodRulesOf([{ id: 'CPTPP', amount: 45, unit: 'days', dayKind: 'calendar' }]);
    expect(rules).toEqual({ CPTPP: { amount: 45, unit: 'days', dayKind: 'calendar' } });
    expect(replyDueOnFor('CPTPP', '2026-01-05', rules, [])).toBe('2026-02-19');
  });
});

describe('holiday', () => {
  it('has a real date and a name', () => {
    expect(holidaySchema.safeParse(sampleRecords.holidays).success).toBe(true);
    expect(messages(holidaySchema.safeParse({ ...sampleRecords.holidays, date: '2026-02-30', name: '  ' }))).toEqual([
      ['date', msg.dateNotReal],
      ['name', msg.required],
    ]);
  });
});
