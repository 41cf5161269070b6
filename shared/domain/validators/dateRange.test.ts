import { describe, expect, it } from 'vitest';
import { caseFieldsSchema } from '../case';
import { deadlineSchema } from '../caseChildren';
import { msg } from '../messageKeys';
import { dateRangeError, dateRangeOf, dateRanges, latestToday, resolveDateRange } from './dateRange';
import { isoDateSchema, nullableIsoDateSchema } from './isoDate';

const messages = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];
const openedOn = caseFieldsSchema.shape.openedOn;
const dueDate = deadlineSchema.shape.dueDate;

describe('date ranges', () => {
  it('refuses a case opened on 01/01/9999 or in year 0001 with the range message, not "not in the calendar"', () => {
    expect(messages(openedOn.safeParse('9999-01-01'))).toEqual([msg.dateOutOfRange]);
    expect(messages(openedOn.safeParse('0001-01-01'))).toEqual([msg.dateOutOfRange]);
    expect(messages(openedOn.safeParse('1989-12-31'))).toEqual([msg.dateOutOfRange]);
    expect(openedOn.safeParse('1990-01-01').success).toBe(true);
    expect(openedOn.safeParse(null).success).toBe(true);
  });

  it('refuses a due date of 01/01/1900 and one more than ten years ahead', () => {
    const { max } = resolveDateRange(dateRanges.due);
    expect(messages(dueDate.safeParse('1900-01-01'))).toEqual([msg.dateOutOfRange]);
    expect(dueDate.safeParse(max).success).toBe(true);
    expect(messages(dueDate.safeParse(`${Number(max.slice(0, 4)) + 1}${max.slice(4)}`))).toEqual([msg.dateOutOfRange]);
  });

  it('still says an impossible date does not exist, whatever its year', () => {
    expect(messages(openedOn.safeParse('2027-02-29'))).toEqual([msg.dateNotReal]);
    expect(messages(isoDateSchema.safeParse('0001-02-29'))).toEqual([msg.dateNotReal]);
  });

  it('resolves "today" as the latest date on Earth, so a server on UTC accepts a case opened this morning in Hanoi', () => {
    // 06:00 in Hanoi on 5 March is 23:00 UTC on 4 March.
    const now = new Date('2026-03-04T23:00:00Z');
    expect(latestToday(now)).toBe('2026-03-05');
    // The day turns at 10:00 UTC (midnight at UTC+14), asked in any order.
    expect(latestToday(new Date('2026-03-05T09:59:59.999Z'))).toBe('2026-03-05');
    expect(latestToday(new Date('2026-03-05T10:00:00.000Z'))).toBe('2026-03-06');
    expect(latestToday(now)).toBe('2026-03-05');
    expect(dateRangeError('2026-03-05', dateRanges.opened, now)).toBeNull();
    expect(dateRangeError('2026-03-06', dateRanges.opened, now)).toBe(msg.dateOutOfRange);
    expect(resolveDateRange(dateRanges.due, new Date('2028-02-29T00:00:00Z')).max).toBe('2038-02-28');
  });

  it('keeps each schema\'s range readable through .nullable(), for forms to name it', () => {
    expect(dateRangeOf(openedOn)).toEqual(dateRanges.opened);
    expect(dateRangeOf(dueDate)).toEqual(dateRanges.due);
    expect(dateRangeOf(nullableIsoDateSchema)).toEqual(dateRanges.any);
  });
});
