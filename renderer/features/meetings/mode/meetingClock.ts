import { zoneCity, zonedTime } from '../../../../shared/dates';

/** One delegation's wall clock, as the header shows it: "Ho Chi Minh 09:30 UTC+7". */
export interface ZoneClock {
  zone: string;
  city: string;
  /** HH:mm, 24-hour. */
  time: string;
  offset: string;
}

/** `now` on `zone`'s wall clock, or null for no zone or one the zone database lacks. */
export function zoneClock(now: Date, zone: string | null | undefined): ZoneClock | null {
  if (!zone) return null;
  try {
    const reading = zonedTime(now.toISOString(), zone);
    return { zone, city: zoneCity(zone), time: reading.time, offset: reading.offset };
  } catch {
    return null;
  }
}

/** The venue's clock, then the other capital's when it is another zone. */
export function meetingClocks(now: Date, venueZone: string, counterpartZone: string | null | undefined): { venue: ZoneClock | null; counterpart: ZoneClock | null } {
  return { venue: zoneClock(now, venueZone), counterpart: counterpartZone && counterpartZone !== venueZone ? zoneClock(now, counterpartZone) : null };
}
