import { describe, expect, it } from 'vitest';
import { makeRiskEntry } from '../../test/fixtures/makeRiskEntry';
import { riskEntrySchema, type RiskEntry } from '../domain/riskEntry';
import { riskListCsvColumns } from './csvColumns';
import { parseRiskListCsv } from './parseRiskListCsv';
import { hsLevelOf } from './riskEntryDraft';
import { riskListCsvTemplate, writeRiskListCsv } from './writeRiskListCsv';

/** An entry as stored: through the schema, so text is NFC and trimmed and HS codes bare digits. */
const stored = (ref: string, over: Partial<RiskEntry>): RiskEntry =>
  riskEntrySchema.parse(makeRiskEntry('01890000-0000-7000-8000-000000000001', { listId: '01890000-0000-7000-8000-000000000002', sourceRef: ref, ...over }));
const goods = (ref: string, hsCode: string, goodsDescription = '') =>
  stored(ref, { subjectType: 'goods', hsCode, hsLevel: hsLevelOf(hsCode), goodsDescription });
const withoutIds = ({ id: _id, listId: _listId, ...rest }: RiskEntry) => rest;

const varied: RiskEntry[] = [
  stored('R-001', {
    primaryName: 'Công ty TNHH Thép "Đại Việt", chi nhánh Hải Phòng',
    primaryNameLatin: 'Cong ty TNHH Thep "Dai Viet"',
    aliases: [
      { name: 'Dai Viet Steel Co., Ltd', nameLatin: '' },
      { name: 'Thép Đại Việt', nameLatin: '' },
      { name: '大越钢铁', nameLatin: '' },
    ],
    legalForm: 'TNHH',
    identifiers: [
      { scheme: 'VN_MST', value: '0100233488' },
      { scheme: 'VN_MST', value: '0314409058-001' },
      { scheme: 'US_EIN', value: '12-3456789' },
      { scheme: 'OTHER', value: 'Số ĐKKD: 0200001233' },
    ],
    addresses: [{ address: 'Số 5, đường Lê Lợi; quận Ngô Quyền', country: 'VN' }],
    claimedOrigin: 'VN',
    suspectedOrigin: 'CN',
    transitCountries: ['MY', 'TH'],
    riskCategories: ['originFraud', 'adCvdEvasion', 'transshipment'],
    indicators: ['Kim ngạch tăng đột biến', 'Không có nhà xưởng, chỉ văn phòng'],
    riskLevel: 'veryHigh',
    sourceRiskLevel: 'Rất cao',
    listedOn: '2026-01-15',
    validFrom: '2026-01-15',
    validTo: '2026-12-31',
    reason: 'Dòng 1: hàng "chuyển tải" qua cảng Hải Phòng,\r\ndòng 2: C/O giả.\nDòng 3; kết thúc',
    handlingCode: 'nationalOnly',
  }),
  stored('', { subjectType: 'person', primaryName: '-Nguyễn Văn Â', reason: '=HYPERLINK("x")', status: 'suspended', handlingCode: 'needToKnow', riskLevel: 'low' }),
  stored('R-003', { subjectType: 'industry', primaryName: 'Sản xuất pin mặt trời', addresses: [{ address: '', country: 'CN' }], riskCategories: ['forcedLabour'] }),
  goods('R-010', '72'),
  goods('R-011', '0302', 'Cá tươi, trừ phi-lê'),
  goods('R-012', '7213.10'),
  goods('R-013', '7213.10.10', 'Thép dạng thanh / cuộn: "thanh"'),
  goods('R-014', '8541.43.00.10'),
  goods('', '', 'Tấm pin năng lượng mặt trời; không có mã HS'),
];

describe('writeRiskListCsv', () => {
  it('reads back as the same entries through parseRiskListCsv', () => {
    const { entries, errors } = parseRiskListCsv(writeRiskListCsv(varied));
    expect(errors).toEqual([]);
    expect(entries).toEqual(varied.map(withoutIds));
  });

  it('writes the header of riskListCsvColumns after a UTF-8 BOM, with CRLF and quoted newlines', () => {
    const text = writeRiskListCsv(varied.slice(0, 1));
    expect(text.startsWith(`\ufeff${riskListCsvColumns.join(',')}\r\n`)).toBe(true);
    expect(text).toContain('"Dòng 1: hàng ""chuyển tải"" qua cảng Hải Phòng,\r\ndòng 2: C/O giả.\nDòng 3; kết thúc"');
    expect(text).toContain(',VN_MST:0100233488|VN_MST:0314409058-001|US_EIN:12-3456789|OTHER:Số ĐKKD: 0200001233,');
    expect(text).toContain(',origin_fraud|ad_cvd_evasion|transshipment,');
    expect(text).toContain(',very_high,Rất cao,active,2026-01-15,2026-01-15,2026-12-31,');
    expect(text.endsWith(',national_only')).toBe(true);
  });

  it('leaves risk_level empty for a draft without one, which reads back as the dialog level', () => {
    const { entries } = parseRiskListCsv(writeRiskListCsv(varied.slice(0, 1).map((e) => ({ ...withoutIds(e), riskLevel: null }))));
    expect(entries[0]?.riskLevel).toBeNull();
  });

  it('writes the header alone for no entries', () => {
    expect(writeRiskListCsv([])).toBe(`\ufeff${riskListCsvColumns.join(',')}`);
    expect(parseRiskListCsv(writeRiskListCsv([]))).toEqual({ entries: [], errors: [] });
  });

  it('drops what one cell per column cannot carry (the JSON form keeps it)', () => {
    const entry = stored('R-1', {
      primaryName: 'Công ty A',
      aliases: [{ name: 'A Co', nameLatin: 'A Co Latin' }],
      addresses: [
        { address: 'Hà Nội', country: 'VN' },
        { address: 'Shenzhen', country: 'CN' },
      ],
      linkedOrders: ['A-570-967'],
    });
    const [read] = parseRiskListCsv(writeRiskListCsv([entry])).entries;
    expect(read?.aliases).toEqual([{ name: 'A Co', nameLatin: '' }]);
    expect(read?.addresses).toEqual([{ address: 'Hà Nội', country: 'VN' }]);
    expect(read?.linkedOrders).toEqual([]);
  });
});

describe('riskListCsvTemplate', () => {
  it('holds the header and a company and a goods row that import without errors', () => {
    const text = riskListCsvTemplate();
    const { entries, errors } = parseRiskListCsv(text);
    expect(errors).toEqual([]);
    expect(entries.map((e) => e.subjectType)).toEqual(['company', 'goods']);
    expect(text.startsWith(`\ufeff${riskListCsvColumns.join(',')}\r\n`)).toBe(true);
  });
});
