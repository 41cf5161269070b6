import type { TFunction } from 'i18next';
import { daysLeft, type ActionItem } from '../../shared/domain';
import type { DesktopNotification } from '../platform';

/** An action item to remind of: open or in progress, due today or tomorrow, or overdue. */
export interface ActionItemReminder {
  recordId: string;
  reference: string;
  text: string;
  dueOn: string;
  /** 1 tomorrow, 0 today, negative once overdue. */
  daysLeft: number;
  /** Once per item, due date and day: the notified log's key (the same log as requests'). */
  key: string;
}

type ItemForReminder = Pick<ActionItem, 'id' | 'reference' | 'text' | 'status' | 'dueDate'>;

/**
 * What to notify of action items on `today`: those still open or in progress that are due today
 * or tomorrow, or overdue, and were not notified today already (`notified`: the log's keys).
 * Done, cancelled and superseded items, and items without a due date, never remind. Most
 * urgent first.
 */
export function chooseActionItemReminders(items: readonly ItemForReminder[], today: string, notified: ReadonlySet<string>): ActionItemReminder[] {
  const out: ActionItemReminder[] = [];
  for (const item of items) {
    if ((item.status !== 'open' && item.status !== 'inProgress') || item.dueDate === null) continue;
    const left = daysLeft(item.dueDate, today);
    if (left > 1) continue;
    const key = `${item.id}/actionItem/${item.dueDate}/${today}`;
    if (notified.has(key)) continue;
    out.push({ recordId: item.id, reference: item.reference, text: item.text, dueOn: item.dueDate, daysLeft: left, key });
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft || a.reference.localeCompare(b.reference));
}

/**
 * An action item reminder as a notification in the UI language: "Action item AI-2026-014 is
 * due tomorrow" over the item's text (with the due date once overdue). Tagged by item, so a newer
 * reminder replaces an older one still shown.
 */
export function actionItemReminderText(t: TFunction, formatDate: (iso: string) => string, r: ActionItemReminder): DesktopNotification {
  const tag = `${r.recordId}/actionItem`;
  if (r.daysLeft < 0) {
    return { title: t('reminders.actionItem.overdue', { reference: r.reference }), body: t('reminders.actionItem.bodyOverdue', { text: r.text, date: formatDate(r.dueOn) }), tag };
  }
  const when = r.daysLeft === 0 ? t('reminders.when.today') : t('reminders.when.tomorrow');
  return { title: t('reminders.actionItem.due', { reference: r.reference, when }), body: r.text, tag };
}
