import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { recordHref, recordName } from './recordName';
import { testTranslation } from './testI18n';
import { authorName, fieldLabel, formatFieldValue, hlcToIso } from './valueDisplay';

const en = testTranslation('en');
const vi = testTranslation('vi');

describe('formatFieldValue', () => {
  it('shows statuses and outcomes in words in both languages', () => {
    expect(formatFieldValue(en.t, en.fmt, 'cases', 'status', 'awaitingReply')).toBe('Awaiting reply');
    expect(formatFieldValue(vi.t, vi.fmt, 'cases', 'status', 'awaitingReply')).toBe('Chờ trả lời');
    expect(formatFieldValue(vi.t, vi.fmt, 'cases', 'outcome', 'partiallyConfirmed')).toBe('Xác nhận một phần');
    expect(formatFieldValue(vi.t, vi.fmt, 'verificationRequests', 'status', 'sent')).toBe('Đã gửi');
    expect(formatFieldValue(en.t, en.fmt, 'actionItems', 'status', 'done')).toBe('Done');
  });

  it('says "(empty)" for null, empty text and empty lists instead of showing nothing', () => {
    for (const value of [null, undefined, '', []]) {
      expect(formatFieldValue(en.t, en.fmt, 'cases', 'outcome', value)).toBe('(empty)');
      expect(formatFieldValue(vi.t, vi.fmt, 'cases', 'outcome', value)).toBe('(trống)');
    }
  });

  it('formats countries, dates, numbers and lists for the language, and cuts long text', () => {
    expect(formatFieldValue(vi.t, vi.fmt, 'cases', 'partnerCountry', 'US')).toBe('Hoa Kỳ');
    expect(formatFieldValue(en.t, en.fmt, 'cases', 'openedOn', '2026-01-05')).toBe('05 Jan 2026');
    expect(formatFieldValue(vi.t, vi.fmt, 'cases', 'openedOn', '2026-01-05')).toBe('05 thg 1, 2026');
    expect(formatFieldValue(vi.t, vi.fmt, 'goods', 'value', 1234567.5)).toBe('1.234.567,5');
    expect(formatFieldValue(en.t, en.fmt, 'cases', 'tags', ['steel', 'wire'])).toBe('steel, wire');
    expect(formatFieldValue(en.t, en.fmt, 'cases', 'summary', 'a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
    // A title that happens to equal a status name is not translated: only enum fields are.
    expect(formatFieldValue(en.t, en.fmt, 'cases', 'title', 'open')).toBe('open');
  });
});

describe('labels', () => {
  it('names case fields, including status and outcome, in both languages', () => {
    expect(fieldLabel(en.t, 'cases', 'status')).toBe('Status');
    expect(fieldLabel(vi.t, 'cases', 'status')).toBe('Trạng thái');
    expect(fieldLabel(vi.t, 'cases', 'outcome')).toBe('Kết quả');
    expect(fieldLabel(vi.t, 'verificationRequests', 'outcome')).toBe('Kết quả yêu cầu');
    expect(fieldLabel(vi.t, 'goods', 'hsCode')).toBe('hsCode');
  });

  it('reads the time of an HLC and names unknown authors', () => {
    expect(hlcToIso(sampleRecords.conflicts.serverHlc)).toBe('2026-01-05T09:30:00.000Z');
    expect(hlcToIso('')).toBeNull();
    expect(authorName(vi.t, '')).toBe('một thành viên không xác định');
    expect(authorName(en.t, 'John Smith')).toBe('John Smith');
  });

  it('names a case by reference and title, a child by kind and case, and marks deletions', () => {
    const caseRef = { id: 'c1', reference: '2026-K7QX-0042', title: 'Steel wire rod' };
    const live = { exists: true, deleted: false, current: 'open', caseRef };
    expect(recordName(en.t, { recordTable: 'cases' }, live)).toBe('2026-K7QX-0042 — Steel wire rod');
    expect(recordHref(live)).toBe('/cases/c1');
    expect(recordName(vi.t, { recordTable: 'verificationRequests' }, live)).toBe('Yêu cầu xác minh · 2026-K7QX-0042');
    const deleted = { ...live, deleted: true };
    expect(recordName(vi.t, { recordTable: 'cases' }, deleted)).toBe('2026-K7QX-0042 — Steel wire rod (đã xoá)');
    expect(recordHref(deleted)).toBeNull();
    expect(recordName(en.t, { recordTable: 'actionItems' }, { ...live, caseRef: null })).toBe('Action item');
  });
});
