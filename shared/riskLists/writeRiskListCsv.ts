import Papa from 'papaparse';
import { snakeCase } from './codeSpelling';
import { riskListCsvColumns, type RiskListCsvColumn } from './csvColumns';
import { blankDraftFields, type RiskEntryDraft } from './riskEntryDraft';

const joinValues = (values: readonly string[]) => values.join('|');

/**
 * An entry's cells, spelled as `readCsvRow` reads them. A `Record` over every column, so a column
 * added to `riskListCsvColumns` does not compile until the writer fills it.
 */
function cellsOf(e: RiskEntryDraft): Record<RiskListCsvColumn, string> {
  const address = e.addresses[0];
  return {
    source_ref: e.sourceRef,
    subject_type: e.subjectType,
    hs_code: e.hsCode,
    goods_description: e.goodsDescription,
    name: e.primaryName,
    name_latin: e.primaryNameLatin,
    aliases: joinValues(e.aliases.map((a) => a.name)),
    legal_form: e.legalForm,
    identifiers: joinValues(e.identifiers.map((id) => `${id.scheme}:${id.value}`)),
    address: address?.address ?? '',
    country: address?.country ?? '',
    claimed_origin: e.claimedOrigin,
    suspected_origin: e.suspectedOrigin,
    transit_countries: joinValues(e.transitCountries),
    risk_categories: joinValues(e.riskCategories.map(snakeCase)),
    indicators: joinValues(e.indicators),
    risk_level: e.riskLevel === null ? '' : snakeCase(e.riskLevel),
    source_risk_level: e.sourceRiskLevel,
    status: e.status,
    listed_on: e.listedOn ?? '',
    valid_from: e.validFrom ?? '',
    valid_to: e.validTo ?? '',
    reason: e.reason,
    handling_code: snakeCase(e.handlingCode),
  };
}

/**
 * Entries as our risk-list CSV, the format `parseRiskListCsv` reads back to the same entries:
 * header of `riskListCsvColumns` in order, codes in their CSV spelling (`very_high`,
 * `national_only`), `|` between values, identifiers `SCHEME:VALUE`, RFC 4180 quoting by
 * Papa.unparse, CRLF, and a UTF-8 BOM so Excel reads Vietnamese as UTF-8. Takes stored entries
 * or parser drafts (a draft's null `riskLevel` is an empty cell: the import dialog's level).
 *
 * The CSV has one cell per column, so it cannot carry: an alias's Latin name, addresses after the
 * first, AD/CVD `linkedOrders`, or a `|` inside one value. The JSON form carries all of them.
 *
 * No formula guard, unlike `renderer/export/csv.ts`: its leading `'` would come back from the
 * parser as part of the value (`'- hàng chuyển tải` for a reason written as a list), breaking the
 * round trip this machine-readable format exists for. A file meant for reading in a spreadsheet
 * goes through `toCsv` instead.
 */
export function writeRiskListCsv(entries: readonly RiskEntryDraft[]): string {
  const rows = entries.map((e) => {
    const cells = cellsOf(e);
    return riskListCsvColumns.map((c) => cells[c]);
  });
  return `\ufeff${Papa.unparse([[...riskListCsvColumns], ...rows], { newline: '\r\n' })}`;
}

/** The examples of the template: one company and one goods line, every column filled where it applies. */
const templateEntries: RiskEntryDraft[] = [
  {
    ...blankDraftFields(),
    sourceRef: 'VD-2026-001',
    subjectType: 'company',
    hsLevel: null,
    primaryName: 'Công ty TNHH Thương mại Ví Dụ',
    primaryNameLatin: 'Cong ty TNHH Thuong mai Vi Du',
    aliases: [
      { name: 'Vi Du Trading Co., Ltd', nameLatin: '' },
      { name: 'Ví Dụ Co.', nameLatin: '' },
    ],
    legalForm: 'TNHH',
    identifiers: [{ scheme: 'VN_MST', value: '0312345673' }],
    addresses: [{ address: 'Số 1 Đường Ví Dụ, Phường Bến Nghé, TP. Hồ Chí Minh', country: 'VN' }],
    claimedOrigin: 'VN',
    suspectedOrigin: 'CN',
    riskCategories: ['originFraud', 'transshipment'],
    indicators: ['Năng lực sản xuất không tương xứng kim ngạch', 'Thành lập dưới 12 tháng'],
    riskLevel: 'high',
    sourceRiskLevel: 'Cao',
    status: 'active',
    listedOn: '2026-01-15',
    validFrom: '2026-01-15',
    validTo: '2026-12-31',
    reason: 'Xuất khẩu thép mang C/O Việt Nam nhưng không có nhà máy sản xuất.',
    handlingCode: 'nationalOnly',
  },
  {
    ...blankDraftFields(),
    sourceRef: 'VD-2026-002',
    subjectType: 'goods',
    hsCode: '721049',
    hsLevel: 6,
    goodsDescription: 'Thép cán phẳng, mạ kẽm',
    claimedOrigin: 'VN',
    suspectedOrigin: 'CN',
    transitCountries: ['MY'],
    riskCategories: ['originFraud', 'adCvdEvasion'],
    indicators: ['Giá khai báo thấp hơn giá thị trường'],
    riskLevel: 'veryHigh',
    status: 'active',
    validFrom: '2026-02-01',
    reason: 'Hàng thuộc diện chống bán phá giá tại thị trường nhập khẩu.',
    handlingCode: 'shareable',
  },
];

/** The "Download template" file of the import dialog: the header and two example rows that import cleanly. */
export function riskListCsvTemplate(): string {
  return writeRiskListCsv(templateEntries);
}
