import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { sampleId, sampleRecords } from '../../shared/domain/sampleRecords';
import { makeTestDb } from '../db/testDb';
import { createFormatter } from '../i18n';
import type { DesktopNotification } from '../platform';
import { remindersLocales } from './locales';
import { localDay, runReminders } from './runReminders';

function translation(language: 'en' | 'vi') {
  const i18n = i18next.createInstance();
  void i18n.init({ resources: { [language]: { translation: remindersLocales[language] } }, lng: language, initAsync: false, interpolation: { escapeValue: false } });
  return { t: i18n.t, formatDate: (iso: string) => createFormatter(language).date(iso) };
}

async function seededDb(name: string) {
  const db = makeTestDb(name);
  const sent = {
    ...sampleRecords.verificationRequests,
    id: sampleId(201),
    subject: 'Steel wire rod, C/O B-2026-VN-0047812',
    direction: 'outgoing' as const,
    status: 'acknowledged' as const,
    sentOn: '2026-01-05',
    acknowledgedOn: '2026-01-10',
    replyDueOn: '2026-03-30',
    extensions: [],
    replyReceivedOn: null,
  };
  const incoming = { ...sent, id: sampleId(202), direction: 'incoming' as const, subject: 'CBP request on aluminium', replyDueOn: '2026-03-20' };
  await db.cases.put({ ...sampleRecords.cases, version: 1, deleted: 0 } as never);
  await db.verificationRequests.bulkPut([{ ...sent, version: 1, deleted: 0 }, { ...incoming, version: 1, deleted: 0 }] as never);
  return db;
}

const memoryStorage = () => {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
};

describe('a reminder pass', () => {
  it('notifies the reply due soon and the one overdue, in English, once a day', async () => {
    const db = await seededDb('attache-ws-reminders-en');
    const shown: DesktopNotification[] = [];
    const platform = { notify: async (n: DesktopNotification) => void shown.push(n) };
    const storage = memoryStorage();
    const run = { db, platform, ...translation('en'), daysAhead: 3, now: new Date(2026, 2, 28, 9, 0), storage };
    expect(await runReminders(run)).toBe(2);
    expect(shown).toEqual([
      {
        title: 'Our reply overdue',
        body: '2026-K7QX-0042 · CBP request on aluminium. Due on 20 Mar 2026, 8 days ago.',
        tag: `${sampleId(202)}/reply`,
      },
      { title: 'Reply expected in 2 days', body: '2026-K7QX-0042 · Steel wire rod, C/O B-2026-VN-0047812. Due on 30 Mar 2026.', tag: `${sampleId(201)}/reply` },
    ]);
    // The hourly pass the same day: nothing again.
    expect(await runReminders({ ...run, now: new Date(2026, 2, 28, 10, 0) })).toBe(0);
    // Off: nothing, whatever is due.
    expect(await runReminders({ ...run, daysAhead: 0, now: new Date(2026, 2, 29, 9, 0) })).toBe(0);
    // The next day, on: both again.
    expect(await runReminders({ ...run, now: new Date(2026, 2, 29, 9, 0) })).toBe(2);
    db.close();
  });

  it('speaks Vietnamese', async () => {
    const db = await seededDb('attache-ws-reminders-vi');
    const shown: DesktopNotification[] = [];
    await runReminders({ db, platform: { notify: async (n) => void shown.push(n) }, ...translation('vi'), daysAhead: 1, now: new Date(2026, 2, 29, 9, 0), storage: memoryStorage() });
    expect(shown.map((n) => [n.title, n.body])).toEqual([
      ['Ta đã quá hạn trả lời', '2026-K7QX-0042 · CBP request on aluminium. Hạn: 20 thg 3, 2026, đã quá 9 ngày.'],
      ['Phía bạn cần trả lời ngày mai', '2026-K7QX-0042 · Steel wire rod, C/O B-2026-VN-0047812. Hạn: 30 thg 3, 2026.'],
    ]);
    db.close();
  });

  it('takes the day where the laptop is', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
