import { describe, expect, it } from 'vitest';
import { formatOffset, instantFromWallClock, zonedTime, zoneDifferenceMinutes } from './zonedTime';

const hanoi = 'Asia/Ho_Chi_Minh';
const washington = 'America/New_York';

describe('zonedTime', () => {
  it.each([
    // Winter: Washington UTC−5, Hanoi 12 hours ahead (and on the next day in the evening).
    ['2027-01-20T13:00:00Z', '08:00', '2027-01-20', 'UTC\u22125', '20:00', '2027-01-20', 12 * 60],
    ['2027-01-20T23:30:00Z', '18:30', '2027-01-20', 'UTC\u22125', '06:30', '2027-01-21', 12 * 60],
    // US daylight saving starts 2027-03-14 at 02:00 local: from then 11 hours apart.
    ['2027-03-13T13:00:00Z', '08:00', '2027-03-13', 'UTC\u22125', '20:00', '2027-03-13', 12 * 60],
    ['2027-03-15T12:00:00Z', '08:00', '2027-03-15', 'UTC\u22124', '19:00', '2027-03-15', 11 * 60],
    // And ends 2027-11-07: 12 hours again.
    ['2027-11-06T12:00:00Z', '08:00', '2027-11-06', 'UTC\u22124', '19:00', '2027-11-06', 11 * 60],
    ['2027-11-08T13:00:00Z', '08:00', '2027-11-08', 'UTC\u22125', '20:00', '2027-11-08', 12 * 60],
  ])('%s reads %s on %s (%s) in Washington and %s on %s in Hanoi', (instant, dcTime, dcDate, dcOffset, hnTime, hnDate, apart) => {
    expect(zonedTime(instant, washington)).toMatchObject({ time: dcTime, date: dcDate, offset: dcOffset });
    expect(zonedTime(instant, hanoi)).toMatchObject({ time: hnTime, date: hnDate, offset: 'UTC+7', offsetMinutes: 420 });
    expect(zoneDifferenceMinutes(instant, washington, hanoi)).toBe(apart);
  });

  it('reads an instant written with an offset as the same instant', () => {
    expect(zonedTime('2027-01-20T20:00:00+07:00', washington)).toMatchObject({ date: '2027-01-20', time: '08:00' });
  });

  it('knows half-hour zones and refuses what is not an instant or a zone', () => {
    expect(zonedTime('2027-01-20T00:00:00Z', 'Asia/Kolkata').offset).toBe('UTC+5:30');
    expect(() => zonedTime('next Tuesday', hanoi)).toThrow(RangeError);
    expect(() => zonedTime('2027-01-20T00:00:00Z', 'Mars/Olympus')).toThrow(RangeError);
    expect(formatOffset(0)).toBe('UTC');
  });
});

describe('instantFromWallClock', () => {
  it('stores a time typed on the venue clock as the instant both sides then read', () => {
    // 08:00 in Washington is 13:00 UTC in January and 12:00 UTC in July.
    expect(instantFromWallClock('2027-01-20', '08:00', washington)).toBe('2027-01-20T13:00:00.000Z');
    expect(instantFromWallClock('2027-07-20', '08:00', washington)).toBe('2027-07-20T12:00:00.000Z');
    expect(zonedTime(instantFromWallClock('2027-07-20', '08:00', washington), hanoi)).toMatchObject({ date: '2027-07-20', time: '19:00' });
    expect(instantFromWallClock('2027-01-21', '09:30', hanoi)).toBe('2027-01-21T02:30:00.000Z');
  });

  it('reads a time the spring change skips an hour later, a repeated autumn hour as its first', () => {
    expect(zonedTime(instantFromWallClock('2027-03-14', '02:30', washington), washington).time).toBe('03:30');
    expect(instantFromWallClock('2027-11-07', '01:30', washington)).toBe('2027-11-07T05:30:00.000Z');
  });

  it('refuses malformed input and unknown zones', () => {
    expect(() => instantFromWallClock('20/1/2027', '08:00', washington)).toThrow(RangeError);
    expect(() => instantFromWallClock('2027-01-20', '8am', washington)).toThrow(RangeError);
    expect(() => instantFromWallClock('2027-01-20', '08:00', 'Mars/Olympus')).toThrow(RangeError);
  });
});
