import { describe, expect, it } from 'vitest';
import { parseRiskListCsv } from './parseRiskListCsv';
import type { RowError } from './rowError';

const columns = [
  'source_ref',
  'subject_type',
  'name',
  'hs_code',
  'goods_description',
  'identifiers',
  'country',
  'valid_from',
  'valid_to',
  'risk_level',
  'risk_categories',
  'reason',
] as const;
type Cells = Partial<Record<(typeof columns)[number], string>>;

/** A cell as a spreadsheet writes it: quoted when it holds a delimiter, quote or newline. */
const quote = (v: string, d: string) => (v.includes(d) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const line = (cells: Cells, d = ',') => columns.map((c) => quote(cells[c] ?? '', d)).join(d);
const file = (rows: Cells[], d = ',', eol = '\n') => [columns.join(d), ...rows.map((r) => line(r, d))].join(eol) + eol;

const goodCompany: Cells = { source_ref: 'R1', subject_type: 'company', name: 'Công ty TNHH Thép Việt', identifiers: 'VN_MST:0100233488', country: 'VN' };
const errorAt = (e: RowError | undefined) => e && { row: e.row, column: e.column, value: e.value };

describe('parseRiskListCsv: each broken row gives its row and column', () => {
  it.each<[string, Cells, { column: string; value: string }, RegExp]>([
    ['bad subject type', { subject_type: 'vessel', name: 'X' }, { column: 'subject_type', value: 'vessel' }, /"vessel" is not a valid subject_type: expected one of goods, company, person, industry/],
    ['goods without HS code or description', { subject_type: 'goods' }, { column: 'hs_code', value: '' }, /HS code or goods description/],
    ['company without name', { subject_type: 'company', country: 'VN' }, { column: 'name', value: '' }, /a name for a company/],
    ['HS code of 5 digits', { subject_type: 'goods', hs_code: '7213.1' }, { column: 'hs_code', value: '7213.1' }, /2, 4, 6, 8 or 10 digits/],
    ['HS code with letters', { subject_type: 'goods', hs_code: '72AB' }, { column: 'hs_code', value: '72AB' }, /digits only/],
    ['country by name, not code', { subject_type: 'company', name: 'A', country: 'Vietnam' }, { column: 'country', value: 'Vietnam' }, /not an ISO 3166 country code/],
    ['unassigned country code', { subject_type: 'company', name: 'A', country: 'XX' }, { column: 'country', value: 'XX' }, /not an ISO 3166 country code/],
    ['VN_MST with a wrong check digit', { subject_type: 'company', name: 'A', identifiers: 'VN_MST:0100233489' }, { column: 'identifiers', value: 'VN_MST:0100233489' }, /^VN_MST 0100233489: the check digit does not match\.$/],
    ['second identifier bad', { subject_type: 'company', name: 'A', identifiers: 'VN_MST:0314409058|LEI:123' }, { column: 'identifiers', value: 'LEI:123' }, /^LEI 123: an LEI has 18/],
    ['unknown identifier scheme', { subject_type: 'company', name: 'A', identifiers: 'TIN:0100233488' }, { column: 'identifiers', value: 'TIN:0100233488' }, /Unknown identifier scheme "TIN": expected one of VN_MST, US_EIN/],
    ['identifier without scheme', { subject_type: 'company', name: 'A', identifiers: '0100233488' }, { column: 'identifiers', value: '0100233488' }, /SCHEME:VALUE/],
    ['date as D/M/Y', { subject_type: 'company', name: 'A', valid_from: '02/01/2026' }, { column: 'valid_from', value: '02/01/2026' }, /Not a date.*use YYYY-MM-DD/],
    ['date that does not exist', { subject_type: 'company', name: 'A', valid_to: '2026-02-30' }, { column: 'valid_to', value: '2026-02-30' }, /does not exist in the calendar/],
    ['valid_to before valid_from', { subject_type: 'company', name: 'A', valid_from: '2026-03-01', valid_to: '2026-01-31' }, { column: 'valid_to', value: '2026-01-31' }, /end cannot precede the start/],
    ['unknown risk level', { subject_type: 'company', name: 'A', risk_level: 'critical' }, { column: 'risk_level', value: 'critical' }, /expected one of low, medium, high, very_high/],
    ['unknown category among good ones', { subject_type: 'company', name: 'A', risk_categories: 'transshipment|fraud' }, { column: 'risk_categories', value: 'fraud' }, /expected one of origin_fraud, transshipment, ad_cvd_evasion/],
    ['category given twice in two spellings', { subject_type: 'company', name: 'A', risk_categories: 'origin_fraud|originFraud' }, { column: 'risk_categories', value: 'origin_fraud|originFraud' }, /same value twice/],
  ])('%s', (_kind, bad, where, message) => {
    const { entries, errors } = parseRiskListCsv(file([goodCompany, bad]));
    expect(errors).toHaveLength(1);
    expect(errorAt(errors[0])).toEqual({ row: 3, ...where });
    expect(errors[0]?.message).toMatch(message);
    expect(entries.map((e) => e.sourceRef)).toEqual(['R1']);
  });

  it('writes every message as English text, never a validation key', () => {
    const worst: Cells = { subject_type: 'company', name: 'x'.repeat(301), identifiers: 'US_EIN:12|MID:1|DUNS:x', country: 'vn ', valid_from: '1800-01-01', risk_categories: 'ipr|ipr' };
    const { errors } = parseRiskListCsv(file([worst, { subject_type: '', name: 'A' }]));
    expect(errors.length).toBeGreaterThanOrEqual(6);
    for (const e of errors) {
      expect(e.message).toMatch(/^[A-Z"].*[a-z0-9.)]$/);
      expect(e.message).not.toMatch(/validation\./);
    }
  });

  it('reports an unknown column on the header row and still reads the rows', () => {
    const text = `${columns.join(',')},colour\n${line(goodCompany)},red\n`;
    const { entries, errors } = parseRiskListCsv(text);
    expect(errors).toEqual([
      { row: 1, column: 'colour', value: 'colour', message: expect.stringMatching(/^Unknown column "colour": expected one of source_ref, subject_type, hs_code/) },
    ]);
    expect(entries).toHaveLength(1);
  });

  it('refuses a file without the subject_type column, once, on the header', () => {
    const { entries, errors } = parseRiskListCsv('source_ref,name\nR1,Công ty A\nR2,Công ty B\n');
    expect(errors.map(errorAt)).toEqual([{ row: 1, column: 'subject_type', value: '' }]);
    expect(entries).toEqual([]);
  });

  it('accepts a file with only subject_type and a name, the other columns being optional', () => {
    const { entries, errors } = parseRiskListCsv('subject_type,name\ncompany,Công ty A\n');
    expect(errors).toEqual([]);
    expect(entries[0]).toMatchObject({ subjectType: 'company', primaryName: 'Công ty A', status: 'active', handlingCode: 'needToKnow', riskLevel: null });
  });

  it('reports a repeated source_ref naming the first row, and keeps the first', () => {
    const { entries, errors } = parseRiskListCsv(file([goodCompany, { ...goodCompany, name: 'Công ty TNHH Khác' }]));
    expect(errors.map(errorAt)).toEqual([{ row: 3, column: 'source_ref', value: 'R1' }]);
    expect(errors[0]?.message).toMatch(/row 2 already has the same source_ref "R1"/);
    expect(entries.map((e) => e.primaryName)).toEqual(['Công ty TNHH Thép Việt']);
  });

  it('without source_ref, repeats the same normalised company name or goods HS code', () => {
    const rows: Cells[] = [
      { subject_type: 'company', name: 'Công ty TNHH Thép Việt' },
      { subject_type: 'goods', hs_code: '7213.10' },
      { subject_type: 'company', name: 'CÔNG TY TNHH  THÉP VIỆT.' },
      { subject_type: 'goods', hs_code: '721310' },
      { subject_type: 'person', name: 'Công ty TNHH Thép Việt' },
    ];
    const { entries, errors } = parseRiskListCsv(file(rows));
    expect(errors.map((e) => [e.row, e.column, e.message.match(/row \d+/)?.[0]])).toEqual([
      [4, 'name', 'row 2'],
      [5, 'hs_code', 'row 3'],
    ]);
    expect(entries.map((e) => e.subjectType)).toEqual(['company', 'goods', 'person']);
  });

  it('counts a quoted cell with newlines as one row', () => {
    const reason = 'Declared origin VN;\nmill capacity below exports,\n"Tier 2" per source';
    const { entries, errors } = parseRiskListCsv(file([{ ...goodCompany, reason }, { subject_type: 'company', name: 'B', country: 'ZZ' }]));
    expect(errors.map(errorAt)).toEqual([{ row: 3, column: 'country', value: 'ZZ' }]);
    expect(entries[0]?.reason).toBe(reason);
  });

  it('reports a never-closed quote', () => {
    const { errors } = parseRiskListCsv(`${columns.join(',')}\n${line(goodCompany)}\nR2,company,"Công ty B\n`);
    expect(errors.some((e) => e.row === 3 && /quoted cell is never closed/.test(e.message))).toBe(true);
  });

  it('reports a row with more cells than the header', () => {
    const { errors } = parseRiskListCsv(`subject_type,name\ncompany,Công ty A,Hà Nội\n`);
    expect(errors.map(errorAt)).toEqual([{ row: 2, column: null, value: 'Hà Nội' }]);
  });
});

describe('parseRiskListCsv: files as officials have them', () => {
  const rows: Cells[] = [goodCompany, { subject_type: 'goods', hs_code: '7604.29.10', goods_description: 'Nhôm định hình, 1,5 mm' }, { subject_type: 'company', name: 'C', country: 'ZZ' }];

  it.each([
    ['comma, LF', file(rows, ',', '\n')],
    ['semicolon (Excel vi-VN), CRLF', file(rows, ';', '\r\n')],
    ['tab (Unicode text), CRLF', file(rows, '\t', '\r\n')],
    ['UTF-8 BOM, comma, CRLF and blank trailing lines', `\ufeff${file(rows, ',', '\r\n')}\r\n\r\n`],
  ])('%s', (_kind, text) => {
    const { entries, errors } = parseRiskListCsv(text);
    expect(errors.map(errorAt)).toEqual([{ row: 4, column: 'country', value: 'ZZ' }]);
    expect(entries.map((e) => [e.sourceRef, e.hsCode, e.goodsDescription])).toEqual([
      ['R1', '', ''],
      ['', '76042910', 'Nhôm định hình, 1,5 mm'],
    ]);
  });

  it('counts a blank line in the middle as a row, as a spreadsheet shows it', () => {
    const text = `subject_type,name,country\ncompany,A,VN\n\ncompany,B,ZZ\n`;
    expect(parseRiskListCsv(text).errors.map(errorAt)).toEqual([{ row: 4, column: 'country', value: 'ZZ' }]);
  });

  it('reports an empty file on row 1', () => {
    expect(parseRiskListCsv('').errors.map(errorAt)).toEqual([{ row: 1, column: null, value: '' }]);
  });
});
