import { instantFromWallClock } from '../../../../shared/dates';
import { useFormat } from '../../../i18n';
import { meetingClocks } from './meetingClocks';

/** A meeting's start on the venue's clock and the other side's, e.g. "Wed 20 Jan 08:00 New York (UTC−5) · 20:00 Ho Chi Minh (UTC+7)". */
export function MeetingTimes({ instant, zone, otherZone }: { instant: string; zone: string; otherZone: string }) {
  const fmt = useFormat();
  const clocks = meetingClocks(instant, zone, otherZone);
  if (!clocks) return null;
  return (
    <span className="meeting-times">
      {clocks.map((c, i) => (
        <span key={c.zone} className="meeting-clock">
          {i === 0 ? `${fmt.date(c.date)} ` : ''}
          <strong>{c.time}</strong> {c.city} ({c.offset})
          {c.otherDay ? ` ${fmt.date(c.date)}` : ''}
          {i < clocks.length - 1 ? ' · ' : ''}
        </span>
      ))}
    </span>
  );
}

/** The form's preview of the typed start on both clocks; nothing while the date or time is incomplete. */
export function BothClocks({ date, time, zone, otherZone }: { date: string | null; time: string; zone: string; otherZone: string }) {
  const instant = date ? startInstant(date, time, zone) : null;
  return (
    <p className="meeting-times-preview" aria-live="polite">
      {instant ? <MeetingTimes instant={instant} zone={zone} otherZone={otherZone} /> : null}
    </p>
  );
}

function startInstant(date: string, time: string, zone: string): string | null {
  try {
    return instantFromWallClock(date, time, zone);
  } catch {
    return null;
  }
}
