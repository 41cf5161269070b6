import { describe, expect, it } from 'vitest';
import { msg } from '../messageKeys';
import { optionalEmailSchema, optionalPhoneSchema, optionalTimeZoneSchema, timeZoneSchema } from './contactFormats';
import { addToIsoDate, isoDateError, isoDateSchema, isoDateTimeSchema, nullableIsoDateSchema } from './isoDate';

const messages = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];

describe('ISO dates', () => {
  it.each(['2026-01-05', '2024-02-29', '2026-12-31'])('accepts %s', (d) => expect(isoDateSchema.parse(d)).toBe(d));
  it.each([
    ['2026-02-29', msg.dateNotReal],
    ['2026-13-01', msg.dateNotReal],
    ['2026-04-31', msg.dateNotReal],
    ['5/1/2026', msg.dateFormat],
    ['2026-1-5', msg.dateFormat],
    ['2026-01-05T00:00:00Z', msg.dateFormat],
    ['', msg.dateFormat],
  ])('rejects %j with %s', (d, key) => expect(messages(isoDateSchema.safeParse(d))).toEqual([key]));

  it('knows the real days of every month, leap years included, as the calendar of Date does', () => {
    const disagree: string[] = [];
    for (const year of [1, 4, 100, 1900, 1999, 2000, 2024, 2026, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const date = new Date(0);
          date.setUTCFullYear(year, month - 1, day);
          const byDate = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          if ((isoDateError(iso) === null) !== byDate) disagree.push(iso);
        }
      }
    }
    expect(disagree).toEqual([]);
  });

  it('uses null, not an empty string, for a missing optional date', () => {
    expect(nullableIsoDateSchema.parse(null)).toBeNull();
    expect(nullableIsoDateSchema.safeParse('').success).toBe(false);
  });

  it('accepts instants with Z or an offset and rejects bare dates', () => {
    expect(isoDateTimeSchema.safeParse('2026-01-05T09:30:00.000Z').success).toBe(true);
    expect(isoDateTimeSchema.safeParse('2026-01-05T16:30:00+07:00').success).toBe(true);
    expect(messages(isoDateTimeSchema.safeParse('2026-01-05'))).toEqual([msg.dateTimeFormat]);
    expect(messages(isoDateTimeSchema.safeParse(undefined))).toEqual([msg.required]);
  });

  it('adds days and months, clamping month ends', () => {
    expect(addToIsoDate('2026-01-05', { days: 120 })).toBe('2026-05-05');
    expect(addToIsoDate('2026-01-31', { months: 1 })).toBe('2026-02-28');
    expect(addToIsoDate('2025-12-15', { months: 10 })).toBe('2026-10-15');
  });
});

describe('contact formats', () => {
  it('knows IANA zones', () => {
    expect(timeZoneSchema.safeParse('Asia/Ho_Chi_Minh').success).toBe(true);
    expect(messages(timeZoneSchema.safeParse('Asia/Hanoi_City'))).toEqual([msg.timeZone]);
    expect(messages(timeZoneSchema.safeParse(''))).toEqual([msg.required]);
    expect(optionalTimeZoneSchema.safeParse('').success).toBe(true);
  });

  it('normalises and checks emails', () => {
    expect(optionalEmailSchema.parse(' Attache@Customs.GOV.vn ')).toBe('attache@customs.gov.vn');
    expect(messages(optionalEmailSchema.safeParse('attache@'))).toEqual([msg.emailFormat]);
    expect(optionalEmailSchema.parse('')).toBe('');
  });

  it('accepts international phone numbers', () => {
    expect(optionalPhoneSchema.safeParse('+84 24 3944 0833').success).toBe(true);
    expect(optionalPhoneSchema.safeParse('(202) 555-0100').success).toBe(true);
    expect(messages(optionalPhoneSchema.safeParse('call me'))).toEqual([msg.phoneFormat]);
  });
});
