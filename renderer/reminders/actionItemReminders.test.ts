import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../shared/domain';
import { sampleId, sampleRecords } from '../../shared/domain/sampleRecords';
import { makeTestDb } from '../db/testDb';
import { createFormatter } from '../i18n';
import type { DesktopNotification } from '../platform';
import { actionItemReminderText, chooseActionItemReminders } from './actionItemReminders';
import { remindersLocales } from './locales';
import { readNotified, recordNotified } from './notifiedLog';
import { runReminders } from './runReminders';

const base = sampleRecords.actionItems as ActionItem;
const item = (n: number, over: Partial<ActionItem>): ActionItem => ({ ...base, id: sampleId(n), reference: `AI-2026-${String(n).padStart(3, '0')}`, ...over });
const today = '2026-04-14';

function translation(language: 'en' | 'vi') {
  const i18n = i18next.createInstance();
  void i18n.init({ resources: { [language]: { translation: remindersLocales[language] } }, lng: language, initAsync: false, interpolation: { escapeValue: false } });
  return { t: i18n.t, formatDate: (iso: string) => createFormatter(language).date(iso) };
}

describe('choosing which action items to remind of', () => {
  it('takes open and in-progress items due today, tomorrow or overdue, most urgent first, and nothing later', () => {
    const items = [
      item(1, { dueDate: '2026-04-15', text: 'Send the updated list' }),
      item(2, { dueDate: '2026-04-14', status: 'inProgress' }),
      item(3, { dueDate: '2026-04-10' }),
      item(4, { dueDate: '2026-04-16' }),
      item(5, { dueDate: null }),
      item(6, { dueDate: '2026-04-14', status: 'done' }),
      item(7, { dueDate: '2026-04-10', status: 'cancelled' }),
      item(8, { dueDate: '2026-04-15', status: 'superseded', supersededById: sampleId(1) }),
    ];
    const chosen = chooseActionItemReminders(items, today, new Set());
    expect(chosen.map((r) => [r.reference, r.daysLeft])).toEqual([
      ['AI-2026-003', -4],
      ['AI-2026-002', 0],
      ['AI-2026-001', 1],
    ]);
  });

  it('reminds of each item once a day, through the same log as the request deadlines', () => {
    const storage = new Map<string, string>();
    const log = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) };
    const items = [item(1, { dueDate: '2026-04-15' })];
    const first = chooseActionItemReminders(items, today, readNotified(log, today));
    expect(first).toHaveLength(1);
    recordNotified(log, today, first.map((r) => r.key));
    expect(chooseActionItemReminders(items, today, readNotified(log, today))).toEqual([]);
    // A due date moved (a new deadline agreed) is a new reminder.
    expect(chooseActionItemReminders([{ ...items[0]!, dueDate: '2026-04-14' }], today, readNotified(log, today))).toHaveLength(1);
  });
});

describe('the action item notification', () => {
  const [tomorrow, overdue] = chooseActionItemReminders(
    [item(14, { dueDate: '2026-04-15', text: 'Send the updated list' }), item(9, { dueDate: '2026-04-10', text: 'Confirm the visit dates' })],
    today,
    new Set(),
  ).reverse();

  it('says which item is due when, and what it is, in English', () => {
    const { t, formatDate } = translation('en');
    const note = actionItemReminderText(t, formatDate, tomorrow!);
    expect(`${note.title}: ${note.body}`).toBe('Action item AI-2026-014 is due tomorrow: Send the updated list');
    expect(actionItemReminderText(t, formatDate, overdue!)).toEqual({
      title: 'Action item AI-2026-009 is overdue',
      body: 'Confirm the visit dates (due on 10 Apr 2026)',
      tag: `${sampleId(9)}/actionItem`,
    });
  });

  it('speaks Vietnamese in a Vietnamese UI', () => {
    const { t, formatDate } = translation('vi');
    expect(actionItemReminderText(t, formatDate, tomorrow!).title).toBe('Việc AI-2026-014 đến hạn ngày mai');
    expect(actionItemReminderText(t, formatDate, overdue!).title).toBe('Việc AI-2026-009 đã quá hạn');
  });
});

describe('a reminder pass with action items', () => {
  it('notifies the action items due alongside the request deadlines, once a day, and none when reminders are off', async () => {
    const db = makeTestDb('attache-ws-reminders-action-items');
    const due = item(14, { dueDate: '2026-04-15', text: 'Send the updated list' });
    const later = item(15, { dueDate: '2026-05-30' });
    await db.actionItems.bulkPut([{ ...due, version: 1, deleted: 0 }, { ...later, version: 1, deleted: 0 }, { ...item(16, { dueDate: '2026-04-14' }), version: 1, deleted: 1 }] as never);
    const shown: DesktopNotification[] = [];
    const storage = new Map<string, string>();
    const run = {
      db,
      platform: { notify: async (n: DesktopNotification) => void shown.push(n) },
      ...translation('en'),
      daysAhead: 3,
      now: new Date(2026, 3, 14, 9, 0),
      storage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) },
    };
    expect(await runReminders({ ...run, daysAhead: 0 })).toBe(0);
    expect(await runReminders(run)).toBe(1);
    expect(shown.map((n) => `${n.title}: ${n.body}`)).toEqual(['Action item AI-2026-014 is due tomorrow: Send the updated list']);
    expect(await runReminders({ ...run, now: new Date(2026, 3, 14, 10, 0) })).toBe(0);
    // The next day it is due today: reminded again, once.
    expect(await runReminders({ ...run, now: new Date(2026, 3, 15, 9, 0) })).toBe(1);
    expect(shown.at(-1)?.title).toBe('Action item AI-2026-014 is due today');
  });
});
