import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingClocks, type ZoneClock } from './meetingClock';

/** Re-reads the time every second but re-renders only when the minute shown changes. */
function useMinute(): number {
  const [minute, setMinute] = useState(() => Math.floor(Date.now() / 60_000));
  useEffect(() => {
    const timer = window.setInterval(() => setMinute(Math.floor(Date.now() / 60_000)), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return minute;
}

/** The venue's and the other capital's wall clocks with their UTC offsets ("Ho Chi Minh 09:30 UTC+7"). */
export const MeetingClock = memo(function MeetingClock({ timeZone, counterpartTimeZone }: { timeZone: string; counterpartTimeZone: string }) {
  const { t } = useTranslation();
  const minute = useMinute();
  const { venue, counterpart } = meetingClocks(new Date(minute * 60_000), timeZone, counterpartTimeZone);
  const shown: [side: string, clock: ZoneClock][] = [];
  if (venue) shown.push([t('meetingMode.clock.venue'), venue]);
  if (counterpart) shown.push([t('meetingMode.clock.counterpart'), counterpart]);
  return (
    <ul className="meeting-clock" aria-label={t('meetingMode.clock.label')}>
      {shown.map(([side, clock]) => (
        <li key={clock.zone} className="meeting-clock-zone" aria-label={t('meetingMode.clock.reading', { side, city: clock.city, time: clock.time, offset: clock.offset })}>
          <span className="meeting-clock-city">{clock.city}</span>
          <span className="meeting-clock-time">{clock.time}</span>
          <span className="meeting-clock-offset">{clock.offset}</span>
        </li>
      ))}
    </ul>
  );
});
