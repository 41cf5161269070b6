import type { TFunction } from 'i18next';
import type { DesktopNotification } from '../platform';
import type { Reminder } from './chooseReminders';

/**
 * A reminder as a notification, in the user's language: what is due and from whom in the title,
 * the case's reference, the request's subject and the date (unambiguous: "05 Jan 2026") in the
 * body. Tagged by record and deadline, so a newer reminder replaces an older one still shown.
 */
export function reminderText(t: TFunction, formatDate: (iso: string) => string, r: Reminder): DesktopNotification {
  const path = `reminders.title.${r.direction}.${r.kind}`;
  const when =
    r.daysLeft === 0 ? t('reminders.when.today') : r.daysLeft === 1 ? t('reminders.when.tomorrow') : t('reminders.when.inDays', { count: r.daysLeft });
  const values = { reference: r.reference || '—', subject: r.subject, date: formatDate(r.dueOn) };
  return r.daysLeft < 0
    ? { title: t(`${path}.overdue`), body: t('reminders.bodyOverdue', { ...values, count: -r.daysLeft }), tag: `${r.recordId}/${r.kind}` }
    : { title: t(`${path}.due`, { when }), body: t('reminders.body', values), tag: `${r.recordId}/${r.kind}` };
}
