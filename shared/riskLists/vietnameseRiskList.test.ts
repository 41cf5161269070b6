import { describe, expect, it } from 'vitest';
import { riskEntrySchema } from '../domain/riskEntry';
import { isValidVnTaxCode } from '../domain/validators/vnTaxCode';
import { parseRiskListCsv } from './parseRiskListCsv';
import { riskListCsvColumns } from './csvColumns';
import { toRiskEntry } from './riskEntryDraft';

// A counterpart list as exported from Excel in vi-VN: semicolons, CRLF, BOM, every column, columns
// in another order than the template's, a name typed decomposed (NFD) as pasted from a PDF.
const header = [...riskListCsvColumns].reverse().join(';');
const row = (cells: Partial<Record<(typeof riskListCsvColumns)[number], string>>) =>
  [...riskListCsvColumns].reverse().map((c) => cells[c] ?? '').join(';');
const text =
  '\ufeff' +
  [
    header,
    row({
      source_ref: 'VN-2026-001',
      subject_type: 'company',
      name: 'Công ty TNHH Thép Trường Sơn'.normalize('NFD'),
      name_latin: 'Truong Son Steel Co., Ltd',
      aliases: 'Cty TNHH Thép Trường Sơn|Truong Son Steel',
      legal_form: 'TNHH',
      identifiers: 'VN_MST:0100233488|VN_MST:0314409058 001',
      address: 'KCN Phố Nối A, Văn Lâm, Hưng Yên',
      country: 'vn',
      claimed_origin: 'VN',
      suspected_origin: 'CN',
      transit_countries: 'MY|TH',
      risk_categories: 'origin_fraud|ad_cvd_evasion|transshipment',
      indicators: 'Năng lực sản xuất thấp hơn lượng xuất khẩu|Nguyên liệu nhập từ CN',
      risk_level: 'very_high',
      source_risk_level: 'Mức 1',
      status: 'active',
      listed_on: '2026-01-05',
      valid_from: '2026-01-05',
      valid_to: '2026-12-31',
      reason: 'Phát hiện qua xác minh xuất xứ năm 2025',
      handling_code: 'shareable',
    }),
    row({ source_ref: 'VN-2026-002', subject_type: 'goods', hs_code: '7604.29.10', goods_description: 'Nhôm thanh định hình', suspected_origin: 'CN', risk_categories: 'forced_labour' }),
    row({ source_ref: 'VN-2026-003', subject_type: 'company', name: 'Công ty Cổ phần Gỗ Đức Thành', identifiers: 'VN_MST:0301471330', country: 'VN', status: 'suspended', handling_code: 'national_only' }),
    row({ source_ref: 'VN-2026-004', subject_type: 'industry', name: 'Sản xuất tấm pin năng lượng mặt trời', risk_categories: 'adCvdEvasion' }),
    '',
  ].join('\r\n');

describe('a clean Vietnamese counterpart list', () => {
  it('uses tax codes the shared validator accepts', () => {
    expect(['0100233488', '0314409058-001', '0301471330'].every(isValidVnTaxCode)).toBe(true);
  });

  const { entries, errors } = parseRiskListCsv(text);

  it('reads every row without an error', () => {
    expect(errors).toEqual([]);
    expect(entries.map((e) => e.sourceRef)).toEqual(['VN-2026-001', 'VN-2026-002', 'VN-2026-003', 'VN-2026-004']);
  });

  it('keeps Vietnamese text, stored NFC, and maps each column to its field', () => {
    expect(entries[0]).toEqual({
      sourceRef: 'VN-2026-001',
      subjectType: 'company',
      hsCode: '',
      hsLevel: null,
      goodsDescription: '',
      primaryName: 'Công ty TNHH Thép Trường Sơn',
      primaryNameLatin: 'Truong Son Steel Co., Ltd',
      aliases: [
        { name: 'Cty TNHH Thép Trường Sơn', nameLatin: '' },
        { name: 'Truong Son Steel', nameLatin: '' },
      ],
      legalForm: 'TNHH',
      identifiers: [
        { scheme: 'VN_MST', value: '0100233488' },
        { scheme: 'VN_MST', value: '0314409058-001' },
      ],
      addresses: [{ address: 'KCN Phố Nối A, Văn Lâm, Hưng Yên', country: 'VN' }],
      claimedOrigin: 'VN',
      suspectedOrigin: 'CN',
      transitCountries: ['MY', 'TH'],
      riskCategories: ['originFraud', 'adCvdEvasion', 'transshipment'],
      indicators: ['Năng lực sản xuất thấp hơn lượng xuất khẩu', 'Nguyên liệu nhập từ CN'],
      linkedOrders: [],
      riskLevel: 'veryHigh',
      sourceRiskLevel: 'Mức 1',
      status: 'active',
      listedOn: '2026-01-05',
      validFrom: '2026-01-05',
      validTo: '2026-12-31',
      reason: 'Phát hiện qua xác minh xuất xứ năm 2025',
      handlingCode: 'shareable',
    });
    expect(entries[0]?.primaryName).toBe('Công ty TNHH Thép Trường Sơn'.normalize('NFC'));
  });

  it('derives the HS level, defaults status and handling, and leaves the level to the dialog', () => {
    expect(entries[1]).toMatchObject({ hsCode: '76042910', hsLevel: 8, riskLevel: null, status: 'active', handlingCode: 'needToKnow', riskCategories: ['forcedLabour'] });
    expect(entries[2]).toMatchObject({ status: 'suspended', handlingCode: 'nationalOnly', addresses: [{ address: '', country: 'VN' }] });
    expect(entries[3]).toMatchObject({ subjectType: 'industry', riskCategories: ['adCvdEvasion'], addresses: [] });
  });

  it('becomes a stored entry with the import dialog’s level only where the file gave none', () => {
    const given = { id: '01890000-0000-7000-8000-0000000000aa', listId: '01890000-0000-7000-8000-0000000000bb', defaultRiskLevel: 'medium' as const };
    const stored = entries.map((d) => toRiskEntry(d, given));
    expect(stored.map((e) => e.riskLevel)).toEqual(['veryHigh', 'medium', 'medium', 'medium']);
    expect(stored.every((e) => riskEntrySchema.safeParse(e).success)).toBe(true);
    expect(stored[0]).toMatchObject({ id: given.id, listId: given.listId });
  });
});
