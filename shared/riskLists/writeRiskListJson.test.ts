import { describe, expect, it } from 'vitest';
import { makeRiskEntry } from '../../test/fixtures/makeRiskEntry';
import { riskEntrySchema, type RiskEntry } from '../domain/riskEntry';
import { parseRiskListJson, riskListJsonMetadataSchema, type RiskListJsonMetadata } from './parseRiskListJson';
import { writeRiskListJson } from './writeRiskListJson';

const ids = { id: '01890000-0000-7000-8000-000000000001', listId: '01890000-0000-7000-8000-000000000002' };
const stored = (over: Partial<RiskEntry>): RiskEntry => riskEntrySchema.parse(makeRiskEntry(ids.id, { listId: ids.listId, ...over }));
const withoutIds = ({ id: _id, listId: _listId, ...rest }: RiskEntry) => rest;

const metadata: RiskListJsonMetadata = {
  name: 'Danh sách doanh nghiệp rủi ro xuất xứ',
  ownerAuthority: 'Cục Hải quan',
  source: 'own',
  edition: '2026/1',
  issuedOn: '2026-01-15',
  receivedOn: null,
  classification: 'officialUse',
  description: 'Bản cập nhật quý I, "thay thế" bản 2025/4.',
};

const entries: RiskEntry[] = [
  stored({
    sourceRef: '17',
    primaryName: 'Công ty TNHH Thép Đại Việt',
    aliases: [{ name: '大越钢铁', nameLatin: 'Da Yue Gang Tie' }],
    identifiers: [{ scheme: 'VN_MST', value: '0100233488' }],
    addresses: [
      { address: 'Hải Phòng', country: 'VN' },
      { address: '', country: 'CN' },
    ],
    linkedOrders: ['A-552-818'],
    riskCategories: ['adCvdEvasion'],
    riskLevel: 'veryHigh',
    reason: 'Dòng 1\ndòng 2',
  }),
  stored({ sourceRef: '18', subjectType: 'goods', hsCode: '7213', hsLevel: 4, goodsDescription: 'Thép cuộn', status: 'expired', validTo: '2025-12-31' }),
];

describe('writeRiskListJson', () => {
  it('reads back as the same entries through parseRiskListJson, every field kept', () => {
    const { entries: read, errors } = parseRiskListJson(writeRiskListJson(metadata, entries));
    expect(errors).toEqual([]);
    expect(read).toEqual(entries.map(withoutIds));
  });

  it('keeps a draft without a risk level as the dialog level', () => {
    const { entries: read } = parseRiskListJson(writeRiskListJson({}, [{ ...withoutIds(entries[0]!), riskLevel: null }]));
    expect(read[0]?.riskLevel).toBeNull();
  });

  it("writes the list's metadata only, never this installation's ids", () => {
    const storedList = { ...metadata, id: ids.listId, previousListId: null, meetingId: null, createdAt: '2026-01-15T08:00:00.000Z' };
    const text = writeRiskListJson(storedList, entries);
    const document = JSON.parse(text) as { list: unknown; entries: Record<string, unknown>[] };
    expect(document.list).toEqual(metadata);
    expect(riskListJsonMetadataSchema.parse(document.list)).toEqual(metadata);
    expect(text).not.toContain(ids.id);
    expect(text).not.toContain(ids.listId);
    expect(document.entries[0]).not.toHaveProperty('id');
  });
});
