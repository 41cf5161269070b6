import { describe, expect, it } from 'vitest';
import { meetingClocks } from './meetingClocks';

describe('a meeting on both delegations’ clocks', () => {
  it('shows Hanoi 12 hours ahead of Washington in winter and 11 in summer', () => {
    expect(meetingClocks('2027-01-20T13:00:00Z', 'America/New_York', 'Asia/Ho_Chi_Minh')?.map((c) => [c.city, c.time, c.offset, c.otherDay])).toEqual([
      ['New York', '08:00', 'UTC\u22125', false],
      ['Ho Chi Minh', '20:00', 'UTC+7', false],
    ]);
    expect(meetingClocks('2027-07-20T12:00:00Z', 'America/New_York', 'Asia/Ho_Chi_Minh')?.map((c) => [c.time, c.offset])).toEqual([
      ['08:00', 'UTC\u22124'],
      ['19:00', 'UTC+7'],
    ]);
  });

  it('says when the other side is already on the next day', () => {
    const [, hanoi] = meetingClocks('2027-01-20T23:30:00Z', 'America/New_York', 'Asia/Ho_Chi_Minh')!;
    expect(hanoi).toMatchObject({ date: '2027-01-21', time: '06:30', otherDay: true });
  });

  it('shows one clock when both sides share the zone or the other is not set, none for an unknown zone', () => {
    expect(meetingClocks('2027-01-20T13:00:00Z', 'Asia/Ho_Chi_Minh', '')).toHaveLength(1);
    expect(meetingClocks('2027-01-20T13:00:00Z', 'Asia/Ho_Chi_Minh', 'Asia/Ho_Chi_Minh')).toHaveLength(1);
    expect(meetingClocks('2027-01-20T13:00:00Z', 'Mars/Olympus', 'Asia/Ho_Chi_Minh')).toBeNull();
  });
});
