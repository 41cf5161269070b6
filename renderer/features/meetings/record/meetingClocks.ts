import { zoneCity, zonedTime, type ZonedTime } from '../../../../shared/dates';

export interface MeetingClock extends ZonedTime {
  city: string;
  /** True when this side's date differs from the venue's (a Washington evening is Hanoi's next morning). */
  otherDay: boolean;
}

/**
 * An instant on the venue's clock and, when set and different, on the other delegation's: a
 * call at 08:00 in Washington is 20:00 in Hanoi in January and 19:00 in July. Null for a zone
 * the database lacks (an edited form mid-typing), so nothing throws while the attaché types.
 */
export function meetingClocks(instant: string, zone: string, otherZone: string): MeetingClock[] | null {
  try {
    const venue = zonedTime(instant, zone);
    const clocks: MeetingClock[] = [{ ...venue, city: zoneCity(zone), otherDay: false }];
    if (otherZone !== '' && otherZone !== zone) {
      const other = zonedTime(instant, otherZone);
      clocks.push({ ...other, city: zoneCity(otherZone), otherDay: other.date !== venue.date });
    }
    return clocks;
  } catch {
    return null;
  }
}
