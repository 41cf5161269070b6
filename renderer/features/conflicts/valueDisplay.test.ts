import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { recordHref, recordName } from './recordName';
import { testTranslation } from './testI18n';
import { authorName, fieldLabel, formatFieldValue, hlcToIso } from './valueDisplay';

const en = testTranslation('en');
const vi = testTranslation('vi');

// Labels and values themselves are tested in renderer/records; here, that conflicts read them.
describe('conflict values and names', () => {
  it('label fields and values as the audit log does, in both languages', () => {
    expect(fieldLabel(vi.t, 'cases', 'status')).toBe('Trạng thái');
    expect(fieldLabel(vi.t, 'goods', 'hsCode')).toBe('Mã HS');
    expect(formatFieldValue(vi.t, vi.fmt, 'cases', 'status', 'awaitingReply')).toBe('Chờ trả lời');
    expect(formatFieldValue(en.t, en.fmt, 'parties', 'role', 'importer')).toBe('Importer');
  });

  it('reads the time of an HLC and names unknown authors', () => {
    expect(hlcToIso(sampleRecords.conflicts.serverHlc)).toBe('2026-01-05T09:30:00.000Z');
    expect(hlcToIso('')).toBeNull();
    expect(authorName(vi.t, '')).toBe('một thành viên không xác định');
    expect(authorName(en.t, 'John Smith')).toBe('John Smith');
  });

  it('names a case by reference and title, a child by what it is and its case, and marks deletions', () => {
    const caseRef = { id: 'c1', reference: '2026-K7QX-0042', title: 'Steel wire rod' };
    const live = { exists: true, deleted: false, current: 'open', caseRef };
    expect(recordName(en.t, { recordTable: 'cases' }, live)).toBe('2026-K7QX-0042 — Steel wire rod');
    expect(recordHref(live)).toBe('/cases/c1');
    expect(recordName(en.t, { recordTable: 'parties' }, { ...live, fields: { role: 'exporter', name: 'Thép Việt' } })).toBe(
      'Exporter of 2026-K7QX-0042: Thép Việt',
    );
    expect(recordName(vi.t, { recordTable: 'verificationRequests' }, live)).toBe('Yêu cầu xác minh của vụ việc 2026-K7QX-0042');
    const deleted = { ...live, deleted: true };
    expect(recordName(vi.t, { recordTable: 'cases' }, deleted)).toBe('2026-K7QX-0042 — Steel wire rod (đã xoá)');
    expect(recordHref(deleted)).toBeNull();
    expect(recordName(en.t, { recordTable: 'actionItems' }, { ...live, caseRef: null })).toBe('Action item');
    expect(recordName(en.t, { recordTable: 'cases' }, { ...live, exists: false })).toBe('a record not on this device');
  });
});
