import { describe, expect, it } from 'vitest';
import { meetingClocks, zoneClock } from './meetingClock';

describe('the meeting clocks', () => {
  it('read each delegation’s wall clock with its offset on that date', () => {
    const winter = new Date('2027-01-11T02:30:00Z');
    expect(meetingClocks(winter, 'Asia/Ho_Chi_Minh', 'America/New_York')).toEqual({
      venue: { zone: 'Asia/Ho_Chi_Minh', city: 'Ho Chi Minh', time: '09:30', offset: 'UTC+7' },
      counterpart: { zone: 'America/New_York', city: 'New York', time: '21:30', offset: 'UTC\u22125' },
    });
    expect(zoneClock(new Date('2027-07-11T02:30:00Z'), 'America/New_York')?.offset).toBe('UTC\u22124');
  });

  it('show one clock when the other side has no zone or the same one, and none for an unknown zone', () => {
    const now = new Date('2027-01-11T02:30:00Z');
    expect(meetingClocks(now, 'Asia/Ho_Chi_Minh', '').counterpart).toBeNull();
    expect(meetingClocks(now, 'Asia/Ho_Chi_Minh', 'Asia/Ho_Chi_Minh').counterpart).toBeNull();
    expect(zoneClock(now, 'Mars/Olympus_Mons')).toBeNull();
  });
});
