import { parseDateTime, toZoned } from '@internationalized/date';

// A meeting's instants as each delegation reads them: Hanoi (UTC+7, no daylight saving) and
// Washington (UTC−5, UTC−4 from March to November) are 12 hours apart in winter and 11 in
// summer, so a video call at 08:00 in Washington is 20:00 or 19:00 in Hanoi depending on the
// date. The zone database (ICU, through Intl) knows each date's offset; nothing here hard-codes one.

/** An instant's wall-clock reading in one IANA zone. */
export interface ZonedTime {
  zone: string;
  /** YYYY-MM-DD in that zone (the day may differ from the other side's). */
  date: string;
  /** HH:mm, 24-hour. */
  time: string;
  /** Minutes east of UTC on that date (Hanoi 420, Washington −300 or −240). */
  offsetMinutes: number;
  /** "UTC+7", "UTC−4", "UTC+5:30". */
  offset: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** `instant` (an ISO date-time with its offset or Z) on the wall clock of `zone`. Throws a RangeError for a zone the database lacks. */
export function zonedTime(instant: string, zone: string): ZonedTime {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) throw new RangeError(`Not an instant: ${instant}`);
  const part = Object.fromEntries(partsFormatter(zone).formatToParts(at).map((p) => [p.type, p.value]));
  const [year, month, day, hour, minute, second] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((k) => Number(part[k]));
  // The wall clock read as if it were UTC, less the instant: the zone's offset at that instant.
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const offsetMinutes = Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
  return { zone, date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}`, offsetMinutes, offset: formatOffset(offsetMinutes) };
}

/** Hours and minutes from one zone's clock to another's at `instant` (Washington → Hanoi: 12 h in January, 11 h in July). */
export function zoneDifferenceMinutes(instant: string, from: string, to: string): number {
  return zonedTime(instant, to).offsetMinutes - zonedTime(instant, from).offsetMinutes;
}

/** "UTC+7", "UTC−4" (a true minus sign, as printed), "UTC+5:30", "UTC". */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '\u2212';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `UTC${sign}${hours}${rest === 0 ? '' : `:${String(rest).padStart(2, '0')}`}`;
}

/**
 * The instant (ISO, UTC) at which `zone`'s wall clock reads `date` `time` (YYYY-MM-DD, HH:mm):
 * how a meeting typed in the venue's local time is stored. A time skipped by a spring-forward
 * change is read an hour later and a repeated autumn hour as its first occurrence (as calendars
 * do). Throws a RangeError for a zone the database lacks or a malformed date or time.
 */
export function instantFromWallClock(date: string, time: string, zone: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) throw new RangeError(`Not a wall-clock time: ${date} ${time}`);
  return toZoned(parseDateTime(`${date}T${time}`), zone, 'compatible').toDate().toISOString();
}
