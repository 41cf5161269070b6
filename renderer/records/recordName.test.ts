import { describe, expect, it } from 'vitest';
import { recordName } from './recordName';
import { recordsTranslation } from './testI18n';

const en = recordsTranslation('en');
const vi = recordsTranslation('vi');
const caseRef = { id: 'c1', reference: '2026-RHT7-0001', title: 'Aluminium profiles via Malaysia' };

describe('recordName', () => {
  it('names a case by reference and title', () => {
    expect(recordName(en.t, { table: 'cases', row: { reference: caseRef.reference, title: caseRef.title }, caseRef })).toBe(
      '2026-RHT7-0001 — Aluminium profiles via Malaysia',
    );
  });

  it('names a case’s child by what it is and its case, in both languages', () => {
    const party = { table: 'parties', row: { role: 'exporter', name: 'Công ty TNHH Nhôm Việt' }, caseRef };
    expect(recordName(en.t, party)).toBe('Exporter of 2026-RHT7-0001: Công ty TNHH Nhôm Việt');
    expect(recordName(vi.t, party)).toBe('Nhà xuất khẩu của vụ việc 2026-RHT7-0001: Công ty TNHH Nhôm Việt');
    expect(recordName(en.t, { table: 'goods', row: { lineNo: 2 }, caseRef })).toBe('Goods line 2 of 2026-RHT7-0001');
    expect(recordName(vi.t, { table: 'goods', row: { lineNo: 2 }, caseRef })).toBe('Dòng hàng 2 của vụ việc 2026-RHT7-0001');
    expect(recordName(en.t, { table: 'notes', row: { kind: 'note' }, caseRef })).toBe('Note on 2026-RHT7-0001');
    expect(recordName(en.t, { table: 'notes', row: { kind: 'statusChange' }, caseRef })).toBe('Status change on 2026-RHT7-0001');
    expect(recordName(en.t, { table: 'shipments', row: { billOfLading: 'HLCUSGN2609123' }, caseRef })).toBe('Shipment of 2026-RHT7-0001: HLCUSGN2609123');
    expect(recordName(en.t, { table: 'proofsOfOrigin', row: { kind: 'formE', number: 'E2026-0047' }, caseRef })).toBe(
      'Form E (ACFTA) of 2026-RHT7-0001: E2026-0047',
    );
    expect(recordName(vi.t, { table: 'attachments', row: { fileName: 'co.pdf' }, caseRef })).toBe('Tệp đính kèm của vụ việc 2026-RHT7-0001: co.pdf');
    expect(recordName(en.t, { table: 'deadlines', row: { title: 'Interim measures' }, caseRef })).toBe('Deadline of 2026-RHT7-0001: Interim measures');
  });

  it('marks a deleted record and says when a record is not on this device', () => {
    expect(recordName(vi.t, { table: 'parties', row: { role: 'importer', name: '' }, caseRef, deleted: true })).toBe(
      'Nhà nhập khẩu của vụ việc 2026-RHT7-0001 (đã xoá)',
    );
    expect(recordName(en.t, { table: 'parties', row: undefined, caseRef: null })).toBe('Party not on this device');
    expect(recordName(en.t, { table: 'meetings', row: { title: 'JCC 5' }, caseRef: null })).toBe('Meeting: JCC 5');
  });

  it('names the administration’s deadline rules by what they are about, in both languages', () => {
    expect(recordName(en.t, { table: 'replyPeriodRules', row: { id: 'CPTPP', amount: 45 }, caseRef: null })).toBe('Reply period: CPTPP');
    expect(recordName(vi.t, { table: 'replyPeriodRules', row: { id: 'CPTPP', amount: 45 }, caseRef: null })).toBe('Thời hạn trả lời: CPTPP');
    const holiday = { table: 'holidays', row: { date: '2026-09-02', name: 'Quốc khánh' }, caseRef: null };
    expect(recordName(en.t, holiday)).toBe('Public holiday: 2026-09-02 Quốc khánh');
    expect(recordName(vi.t, { ...holiday, deleted: true })).toBe('Ngày nghỉ lễ: 2026-09-02 Quốc khánh (đã xoá)');
  });
});
