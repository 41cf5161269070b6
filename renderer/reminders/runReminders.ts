import type { TFunction } from 'i18next';
import type { ActionItem, VerificationRequest } from '../../shared/domain';
import { liveRecords, type AttacheDb } from '../db';
import { readDeadlineRules } from '../deadlines';
import type { Platform } from '../platform';
import { actionItemReminderText, chooseActionItemReminders } from './actionItemReminders';
import { chooseReminders, deadlineCandidates } from './chooseReminders';
import { readNotified, recordNotified } from './notifiedLog';
import { reminderText } from './reminderText';

/** The officer's calendar day where the laptop is: deadlines fall on days in law, not instants. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface ReminderRun {
  db: AttacheDb;
  platform: Pick<Platform, 'notify'>;
  t: TFunction;
  formatDate: (iso: string) => string;
  daysAhead: number;
  now: Date;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * One pass: reads the open requests, the rule table and the action items, notifies what is due
 * and not yet notified today (request deadlines within `daysAhead`, action items due today or
 * tomorrow or overdue), and logs it (before notifying, so a second window or pass does not
 * notify it again).
 * Returns how many notifications it asked for.
 */
export async function runReminders({ db, platform, t, formatDate, daysAhead, now, storage }: ReminderRun): Promise<number> {
  if (daysAhead <= 0) return 0;
  const today = localDay(now);
  const [requests, cases, rules, actionItems] = await Promise.all([
    db.verificationRequests.toArray().then((rows) => liveRecords(rows) as VerificationRequest[]),
    db.cases.toArray(),
    readDeadlineRules(db),
    db.actionItems.toArray().then((rows) => liveRecords(rows) as ActionItem[]),
  ]);
  const references = new Map(cases.map((c) => [c.id, c.reference]));
  const candidates = deadlineCandidates(requests, references, rules.rules, rules.holidays);
  const notified = readNotified(storage, today);
  const chosen = chooseReminders(candidates, today, daysAhead, notified);
  const items = chooseActionItemReminders(actionItems, today, notified);
  recordNotified(storage, today, [...chosen.map((r) => r.key), ...items.map((r) => r.key)]);
  await Promise.all([
    ...chosen.map((r) => platform.notify(reminderText(t, formatDate, r))),
    ...items.map((r) => platform.notify(actionItemReminderText(t, formatDate, r))),
  ]);
  return chosen.length + items.length;
}
