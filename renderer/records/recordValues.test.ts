import { describe, expect, it } from 'vitest';
import { formatFieldValue, hsCodeText, mediaTypeText, type RecordRefs } from './recordValues';
import { recordsTranslation } from './testI18n';

const en = recordsTranslation('en');
const vi = recordsTranslation('vi');
const caseId = '01936f3e-8a2b-7c3d-9e4f-5a6b7c8d9e0f';
const refs: RecordRefs = { cases: new Map([[caseId, { id: caseId, reference: '2026-RHT7-0001', title: 'Aluminium profiles' }]]) };
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe('formatFieldValue', () => {
  it('shows enumerations of every case table in words, in both languages', () => {
    expect(formatFieldValue(en.t, en.fmt, 'parties', 'role', 'importer')).toBe('Importer');
    expect(formatFieldValue(vi.t, vi.fmt, 'parties', 'role', 'importer')).toBe('Nhà nhập khẩu');
    expect(formatFieldValue(en.t, en.fmt, 'notes', 'kind', 'statusChange')).toBe('Status change');
    expect(formatFieldValue(en.t, en.fmt, 'notes', 'fromStatus', 'draft')).toBe('Draft');
    expect(formatFieldValue(vi.t, vi.fmt, 'notes', 'toStatus', 'awaitingReply')).toBe('Chờ trả lời');
    expect(formatFieldValue(vi.t, vi.fmt, 'proofsOfOrigin', 'kind', 'formE')).toBe('C/O mẫu E (ACFTA)');
    expect(formatFieldValue(vi.t, vi.fmt, 'cases', 'outcome', 'partiallyConfirmed')).toBe('Xác nhận một phần');
    expect(formatFieldValue(vi.t, vi.fmt, 'verificationRequests', 'status', 'sent')).toBe('Đã gửi');
    expect(formatFieldValue(en.t, en.fmt, 'actionItems', 'status', 'done')).toBe('Done');
    // A title that happens to equal a status name is text, not an enumeration.
    expect(formatFieldValue(en.t, en.fmt, 'cases', 'title', 'open')).toBe('open');
  });

  it('shows identifiers by their scheme’s name, never as JSON', () => {
    const ids = [{ scheme: 'US_EIN', value: '12-3456789' }, { scheme: 'VN_MST', value: '0100109106' }];
    expect(formatFieldValue(en.t, en.fmt, 'parties', 'identifiers', ids)).toBe('US employer ID (EIN): 12-3456789; Vietnamese tax code (MST): 0100109106');
    expect(formatFieldValue(vi.t, vi.fmt, 'parties', 'identifiers', ids.slice(0, 1))).toBe('Mã số thuế doanh nghiệp Hoa Kỳ (EIN): 12-3456789');
  });

  it('shows a case id as the case’s reference, and never as an id when the case is not here', () => {
    expect(formatFieldValue(en.t, en.fmt, 'parties', 'caseId', caseId, { refs })).toBe('2026-RHT7-0001');
    expect(formatFieldValue(en.t, en.fmt, 'cases', 'linkedCaseIds', [caseId, 'other'], { refs })).toBe('2026-RHT7-0001; a case not on this device');
    expect(formatFieldValue(vi.t, vi.fmt, 'goods', 'caseId', caseId)).not.toMatch(uuid);
    expect(formatFieldValue(vi.t, vi.fmt, 'goods', 'caseId', caseId)).toBe('một vụ việc không có trên thiết bị này');
  });

  it('formats countries, currencies, HS codes, ports, dates, numbers, sizes and file types', () => {
    expect(formatFieldValue(vi.t, vi.fmt, 'cases', 'partnerCountry', 'US')).toBe('Hoa Kỳ');
    expect(formatFieldValue(en.t, en.fmt, 'goods', 'declaredOrigin', 'VN')).toBe('Vietnam');
    expect(formatFieldValue(en.t, en.fmt, 'goods', 'currency', 'USD')).toBe('US Dollar (USD)');
    expect(formatFieldValue(vi.t, vi.fmt, 'goods', 'currency', 'USD')).toBe('Đô la Mỹ (USD)');
    expect(formatFieldValue(en.t, en.fmt, 'goods', 'hsCode', '760429')).toBe('7604.29');
    expect(hsCodeText('7604291000')).toBe('7604.29.10.00');
    expect(hsCodeText('7604')).toBe('7604');
    expect(formatFieldValue(en.t, en.fmt, 'shipments', 'portOfLoading', 'VNHPH')).toBe('VNHPH (Vietnam)');
    expect(formatFieldValue(en.t, en.fmt, 'cases', 'openedOn', '2026-01-05')).toBe('05 Jan 2026');
    expect(formatFieldValue(vi.t, vi.fmt, 'shipments', 'departureDate', '2026-01-05')).toBe('05 thg 1, 2026');
    expect(formatFieldValue(vi.t, vi.fmt, 'goods', 'value', 1234567.5)).toBe('1.234.567,5');
    expect(formatFieldValue(en.t, en.fmt, 'attachments', 'size', 182 * 1024)).toBe('182 KB');
    expect(formatFieldValue(vi.t, vi.fmt, 'attachments', 'size', 1.4 * 1024 * 1024)).toBe('1,4 MB');
    expect(formatFieldValue(en.t, en.fmt, 'attachments', 'mediaType', 'application/pdf')).toBe('PDF document');
    expect(formatFieldValue(vi.t, vi.fmt, 'attachments', 'mediaType', 'image/jpeg')).toBe('Hình ảnh (JPEG)');
    expect(formatFieldValue(en.t, en.fmt, 'cases', 'tags', ['steel', 'wire'])).toBe('steel, wire');
  });

  it('says "(empty)" for null, empty text and empty lists, and cuts only when asked', () => {
    for (const value of [null, undefined, '', []]) {
      expect(formatFieldValue(en.t, en.fmt, 'cases', 'outcome', value)).toBe('(empty)');
      expect(formatFieldValue(vi.t, vi.fmt, 'parties', 'identifiers', value)).toBe('(trống)');
    }
    expect(formatFieldValue(en.t, en.fmt, 'cases', 'summary', 'a'.repeat(50), { maxLength: 10 })).toBe(`${'a'.repeat(9)}…`);
    expect(formatFieldValue(en.t, en.fmt, 'cases', 'summary', 'a'.repeat(500))).toHaveLength(500);
  });
});

describe('mediaTypeText', () => {
  it('names the files officers attach in words, never as MIME types, in both languages', () => {
    const cases: [string, string, string][] = [
      ['application/pdf', 'PDF document', 'Tài liệu PDF'],
      ['image/jpeg', 'Image (JPEG)', 'Hình ảnh (JPEG)'],
      ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Word document', 'Tài liệu Word'],
      ['application/msword', 'Word document', 'Tài liệu Word'],
      ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Spreadsheet', 'Bảng tính'],
      ['message/rfc822', 'Email message', 'Thư điện tử'],
    ];
    for (const [type, english, vietnamese] of cases) {
      expect(mediaTypeText(en.t, type)).toBe(english);
      expect(mediaTypeText(vi.t, type)).toBe(vietnamese);
    }
  });
});
