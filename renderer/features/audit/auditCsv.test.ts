import i18next, { type TFunction } from 'i18next';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../i18n';
import { casesLocales } from '../cases';
import { recordsLocales } from '../../records';
import { auditCsvFileName, auditCsvRows, toAuditCsv } from './auditCsv';
import type { AuditEvent } from './auditEvents';
import { toAuditLines } from './auditLines';
import { auditLocales } from './locales';

function translation(language: 'en' | 'vi'): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { [language]: { translation: { ...auditLocales[language], ...recordsLocales[language], ...casesLocales[language] } } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
const en = { t: translation('en'), fmt: createFormatter('en') };

const event = (over: Partial<AuditEvent>): AuditEvent => ({
  key: 'e1',
  at: '2026-01-05T07:30:00.000Z',
  actor: 'Nguyễn Văn An',
  deviceId: 'device-a',
  table: 'cases',
  recordId: 'case-1',
  action: 'update',
  changes: [],
  ...over,
});
const record = { reference: '2026-K7QX-0042', title: 'Quartz slabs', caseId: 'case-1' };

// The formula guard itself is tested with the CSV machinery (renderer/export/csv.test.ts).
describe('audit CSV', () => {
  it('has one line per changed field with readable labels and values, and one for an event without fields', () => {
    const lines = toAuditLines([
      {
        event: event({
          changes: [
            { field: 'status', old: 'open', new: 'awaitingReply' },
            { field: 'partnerCountry', old: null, new: 'US' },
          ],
        }),
        record,
      },
      { event: event({ key: 'e2', action: 'view', deviceId: 'device-b' }), record },
    ]);
    const rows = auditCsvRows(lines, en.t, en.fmt, 'device-a');
    expect(rows[0]).toEqual([
      'Time (ISO 8601, UTC)',
      'Local time',
      'Person',
      'Device',
      'Record type',
      'Record',
      'Reference',
      'Action',
      'Field',
      'Old value',
      'New value',
      'Record id (as the sync server logs it)',
      'Device id',
    ]);
    expect(rows[1]).toEqual([
      '2026-01-05T07:30:00.000Z',
      en.fmt.dateTime('2026-01-05T07:30:00.000Z'),
      'Nguyễn Văn An',
      'This device',
      'Case',
      '2026-K7QX-0042 — Quartz slabs',
      '2026-K7QX-0042',
      'Edited',
      'Status',
      'Open',
      'Awaiting reply',
      'case-1',
      'device-a',
    ]);
    expect(rows[2]?.slice(8, 11)).toEqual(['Partner country', '(empty)', 'United States']);
    expect(rows[3]?.slice(3, 11)).toEqual(['Device device-b', 'Case', '2026-K7QX-0042 — Quartz slabs', '2026-K7QX-0042', 'Opened', '', '', '']);
  });

  // Issue 11: child records showed `caseId` with a UUID, `role importer`, identifiers as JSON.
  it('names a case’s child by what it is and its case, and its fields and values in words', () => {
    const caseRef = { id: 'case-1', reference: '2026-RHT7-0001', title: 'Aluminium profiles' };
    const party = { role: 'importer', kind: 'company', name: 'Pacific Metals LLC', identifiers: [{ scheme: 'US_EIN', value: '12-3456789' }] };
    const changes = [
      { field: 'caseId', old: null, new: 'case-1' },
      { field: 'role', old: null, new: 'importer' },
      { field: 'identifiers', old: null, new: party.identifiers },
    ];
    const lines = toAuditLines([
      {
        event: event({ table: 'parties', recordId: 'party-1', action: 'create', changes }),
        record: { reference: caseRef.reference, title: '', caseId: 'case-1', named: { table: 'parties', row: party, caseRef } },
        refs: { cases: new Map([['case-1', caseRef]]) },
      },
    ]);
    const pick = (row: string[] | undefined) => [row?.[4], row?.[5], row?.[8], row?.[10]];
    const rows = auditCsvRows(lines, en.t, en.fmt, 'device-a');
    expect(rows.slice(1).map(pick)).toEqual([
      ['Party', 'Importer of 2026-RHT7-0001: Pacific Metals LLC', 'Case', '2026-RHT7-0001'],
      ['Party', 'Importer of 2026-RHT7-0001: Pacific Metals LLC', 'Role', 'Importer'],
      ['Party', 'Importer of 2026-RHT7-0001: Pacific Metals LLC', 'Identifiers', 'US employer ID (EIN): 12-3456789'],
    ]);
    const vi = { t: translation('vi'), fmt: createFormatter('vi') };
    expect(auditCsvRows(lines, vi.t, vi.fmt, 'device-a').slice(1).map(pick)[1]).toEqual([
      'Bên liên quan',
      'Nhà nhập khẩu của vụ việc 2026-RHT7-0001: Pacific Metals LLC',
      'Vai trò',
      'Nhà nhập khẩu',
    ]);
  });

  it('leaves the old value of a new record empty, and never shortens long values', () => {
    const summary = 'a'.repeat(400);
    const [, row] = auditCsvRows(toAuditLines([{ event: event({ action: 'create', changes: [{ field: 'summary', old: null, new: summary }] }), record }]), en.t, en.fmt);
    expect(row?.slice(7, 11)).toEqual(['Created', 'Summary of facts', '', summary]);
  });

  it('neutralises formulas typed into records and names, and quotes what needs quoting', () => {
    const csv = toAuditCsv(
      toAuditLines([
        {
          event: event({ actor: '=cmd|/c calc', changes: [{ field: 'title', old: '-1', new: '=HYPERLINK("http://evil","click"), then more' }] }),
          record: { ...record, reference: '@ref' },
        },
      ]),
      en.t,
      en.fmt,
    );
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toContain('\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(2);
    const [, line] = parsed;
    expect(line?.[2]).toBe("'=cmd|/c calc");
    expect(line?.[6]).toBe("'@ref");
    expect(line?.[9]).toBe("'-1");
    expect(line?.[10]).toBe('\'=HYPERLINK("http://evil","click"), then more');
    for (const cell of line ?? []) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('is written in Vietnamese when the app is', () => {
    const vi = { t: translation('vi'), fmt: createFormatter('vi') };
    const [header, row] = auditCsvRows(toAuditLines([{ event: event({ action: 'view' }), record }]), vi.t, vi.fmt);
    expect(header?.[0]).toBe('Thời gian (ISO 8601, UTC)');
    expect(row?.slice(4, 8)).toEqual(['Vụ việc', '2026-K7QX-0042 — Quartz slabs', '2026-K7QX-0042', 'Mở xem']);
  });

  it('is named after the local day', () => {
    expect(auditCsvFileName(new Date(2026, 0, 5, 23, 59))).toBe('audit-2026-01-05.csv');
  });
});
