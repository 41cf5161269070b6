import { describe, expect, it } from 'vitest';
import { makeRiskEntry } from '../../../../test/fixtures/makeRiskEntry';
import { emptyEntryFilter, filterEntries, searchableText } from './entryFilter';

const entries = [
  makeRiskEntry('1', { sourceRef: 'R-1', primaryName: 'Công ty TNHH Thép Trường Sơn', riskCategories: ['transshipment'], addresses: [{ address: '', country: 'VN' }] }),
  makeRiskEntry('2', { subjectType: 'goods', hsCode: '721391', hsLevel: 6, goodsDescription: 'Wire rod', riskLevel: 'veryHigh', suspectedOrigin: 'CN', riskCategories: ['adCvdEvasion'] }),
  makeRiskEntry('3', { primaryName: 'Dong A Wood JSC', status: 'revoked', identifiers: [{ scheme: 'VN_MST', value: '0100233488' }] }),
];
const texts = entries.map(searchableText);
const ids = (filter: Partial<typeof emptyEntryFilter>) => filterEntries(entries, texts, { ...emptyEntryFilter, ...filter }).map((e) => e.id);

describe('filterEntries', () => {
  it('finds names without diacritics or case, references, HS codes and identifiers', () => {
    expect(ids({ text: 'TRUONG son' })).toEqual(['1']);
    expect(ids({ text: 'r-1' })).toEqual(['1']);
    expect(ids({ text: '721391' })).toEqual(['2']);
    expect(ids({ text: '0100233488' })).toEqual(['3']);
    expect(ids({})).toEqual(['1', '2', '3']);
  });

  it('narrows by category, level, status and any country the entry is about', () => {
    expect(ids({ category: 'adCvdEvasion' })).toEqual(['2']);
    expect(ids({ level: 'veryHigh' })).toEqual(['2']);
    expect(ids({ status: 'revoked' })).toEqual(['3']);
    expect(ids({ country: 'CN' })).toEqual(['2']);
    expect(ids({ country: 'VN', category: 'transshipment' })).toEqual(['1']);
  });
});
