import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../shared/domain';
import { sampleId, sampleRecords } from '../../../shared/domain/sampleRecords';
import { toCsv } from '../../export';
import { recordsLocales } from '../../records';
import { actionItemsLocales } from './locales';
import { compareRows, toTrackerRow, trackerCsvRows, type LinkNames } from './trackerRows';

function translate(language: 'en' | 'vi') {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { [language]: { translation: { ...actionItemsLocales[language], ...recordsLocales[language] } } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

const base = sampleRecords.actionItems as ActionItem;
const names: LinkNames = {
  meetingTitle: (id) => (id === base.meetingId ? 'VN–US customs dialogue 2026' : undefined),
  caseReference: (id) => ({ [sampleId(1)]: '2026-K7QX-0042', [sampleId(3)]: '2026-0007' })[id],
  requestReference: (id) => (id === sampleId(2) ? 'CBP-2026-118' : undefined),
};
const today = '2026-05-04';
const late = toTrackerRow({ ...base, caseIds: [sampleId(1), sampleId(3), sampleId(99)], requestIds: [sampleId(2)] }, names, today);
const done = toTrackerRow(
  { ...base, id: sampleId(60), reference: 'AI-2026-015', meetingId: null, agendaItemId: null, ownerSide: 'counterpart', owner: 'CBP', dueDate: null, status: 'done', closingNote: '=Sent on 2 May' },
  names,
  today,
);

describe('the tracker rows', () => {
  it('name the meeting and the linked cases and requests, leave out links to records not here, and mark late open items overdue', () => {
    expect(late.overdue).toBe(true);
    expect(late.meeting).toEqual({ id: base.meetingId, title: 'VN–US customs dialogue 2026' });
    expect(late.cases.map((c) => c.reference)).toEqual(['2026-K7QX-0042', '2026-0007']);
    expect(late.requests).toEqual([{ id: sampleId(2), reference: 'CBP-2026-118' }]);
    expect(done.overdue).toBe(false);
    expect(done.meeting).toBeNull();
  });

  it('put the soonest due first and items without a due date last', () => {
    const soon = toTrackerRow({ ...base, id: sampleId(61), reference: 'AI-2026-016', dueDate: '2026-05-10' }, names, today);
    expect([done, soon, late].sort(compareRows).map((r) => r.item.reference)).toEqual(['AI-2026-014', 'AI-2026-016', 'AI-2026-015']);
  });
});

describe('the tracker CSV', () => {
  it('has one line per shown item with the columns the officer reads, in English', () => {
    expect(trackerCsvRows([late, done], translate('en'))).toEqual([
      ['Reference', 'Action', 'Owner side', 'Owner', 'Due date', 'Status', 'Overdue', 'Meeting', 'Cases', 'Requests', 'Closing note'],
      ['AI-2026-014', base.text, 'Our side', 'Risk Management Department', '2026-04-30', 'Open', 'yes', 'VN–US customs dialogue 2026', '2026-K7QX-0042; 2026-0007', 'CBP-2026-118', ''],
      ['AI-2026-015', base.text, 'Counterpart', 'CBP', '', 'Done', 'no', '', '', '', '=Sent on 2 May'],
    ]);
  });

  it('speaks Vietnamese in a Vietnamese UI, and a closing note cannot run as a formula', () => {
    const rows = trackerCsvRows([done], translate('vi'));
    expect(rows[0]?.[0]).toBe('Số hiệu');
    expect(rows[1]?.slice(2, 7)).toEqual(['Phía bạn', 'CBP', '', 'Đã hoàn thành', 'không']);
    expect(toCsv(rows)).toContain("'=Sent on 2 May");
  });
});
