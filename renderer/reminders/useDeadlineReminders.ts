import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../db';
import { useFormat } from '../i18n';
import { usePlatform } from '../platform';
import { useReminderStore } from './reminderStore';
import { runReminders } from './runReminders';

/** How often an open app looks again: deadlines move by the day, an hour catches midnight soon. */
export const reminderIntervalMs = 60 * 60 * 1000;

/**
 * Desktop reminders of request deadlines while the app is unlocked: a pass when mounted (so
 * right after unlock, the database being open), then every hour, and again when the officer
 * changes how many days ahead. Mount it once, inside the unlocked shell.
 */
export function useDeadlineReminders(): void {
  const { db } = useDatabase();
  const platform = usePlatform();
  const { t } = useTranslation();
  const fmt = useFormat();
  const daysAhead = useReminderStore((s) => s.daysAhead);
  useEffect(() => {
    if (daysAhead <= 0) return;
    const pass = () =>
      runReminders({ db, platform, t, formatDate: (iso) => fmt.date(iso), daysAhead, now: new Date(), storage: localStorage }).catch((error: unknown) =>
        console.warn('Deadline reminders failed', error),
      );
    void pass();
    const timer = setInterval(pass, reminderIntervalMs);
    return () => clearInterval(timer);
  }, [db, platform, t, fmt, daysAhead]);
}

/** The reminders as an always-mounted piece of the shell (an overlay that shows nothing). */
export function DeadlineReminders(): null {
  useDeadlineReminders();
  return null;
}
