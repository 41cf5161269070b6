import { describe, expect, it } from 'vitest';
import { makeGoodsLine, makeParty } from '../../test/fixtures/makeCase';
import { makeRiskEntry as entry } from '../../test/fixtures/makeRiskEntry';
import { buildScreeningIndex, screenCase } from './index';

describe('screenCase', () => {
  const index = buildScreeningIndex([
    entry('steel', { primaryName: 'Công ty TNHH Thép Trường Sơn', addresses: [{ address: '', country: 'VN' }] }),
    entry('ruida', { primaryName: '广州瑞达有限公司', primaryNameLatin: 'Guangzhou Ruida Co., Ltd' }),
    entry('taxcode', { primaryName: 'Công ty TNHH Minh Phát', identifiers: [{ scheme: 'VN_MST', value: '0100233488' }] }),
    entry('heading', { subjectType: 'goods', hsCode: '4412', hsLevel: 4 }),
    entry('subheading', { subjectType: 'goods', hsCode: '760429', hsLevel: 6 }),
  ]);
  const party = (name: string, over: Parameters<typeof makeParty>[1] = {}) => makeParty('case', { name, nameLatin: '', identifiers: [], ...over });

  it('finds a party whose name is a listed company written otherwise, and says why by name', () => {
    const exporter = party('TRUONG SON STEEL CO., LTD');
    expect(screenCase(index, { parties: [exporter], goods: [] })).toEqual([
      {
        subjectTable: 'parties',
        subjectId: exporter.id,
        entryId: 'steel',
        score: 1,
        reasons: [
          expect.objectContaining({ kind: 'name', via: 'name', listedName: 'Công ty TNHH Thép Trường Sơn', matchedTokens: ['truong', 'son'] }),
          { kind: 'goods', agrees: true, name: ['steel'], listed: ['steel'] },
          { kind: 'country', agrees: true, country: 'VN', listed: ['VN'] },
        ],
      },
    ]);
  });

  it('screens the Latin name too, and keeps one hit per party and entry, the better', () => {
    const byLatin = party('广州瑞达公司', { nameLatin: 'Ruida Co., Ltd', country: 'CN' });
    const hits = screenCase(index, { parties: [byLatin], goods: [] });
    expect(hits.map((h) => [h.subjectId, h.entryId])).toEqual([[byLatin.id, 'ruida']]);
    // The name's place contradicts the listed one's and lowers it; the Latin name meets it fully.
    const both = party('Shenzhen Ruida Co., Ltd', { nameLatin: 'Ruida Co., Ltd' });
    const [byName] = screenCase(index, { parties: [{ ...both, nameLatin: '' }], goods: [] }, { minScore: 0.5 });
    expect(byName!.score).toBeLessThan(1);
    const [hit, ...rest] = screenCase(index, { parties: [both], goods: [] }, { minScore: 0.5 });
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ entryId: 'ruida', score: 1, reasons: [{ kind: 'name', via: 'latinName', name: 'Ruida Co., Ltd' }] });
  });

  it('finds a party by its identifier alone, whatever its name', () => {
    const unnamed = party('Hoàng Long Trading', { identifiers: [{ scheme: 'VN_MST', value: '0100233488' }] });
    expect(screenCase(index, { parties: [unnamed], goods: [] })).toEqual([
      { subjectTable: 'parties', subjectId: unnamed.id, entryId: 'taxcode', score: 1, reasons: [{ kind: 'identifier', scheme: 'VN_MST', value: '0100233488', listedValue: '0100233488', viaBranch: false }] },
    ]);
  });

  it('finds a goods line under a listed heading, keeps a partial one lower, and skips a line not yet classified', () => {
    const plywood = makeGoodsLine('case', { hsCode: '441231' });
    const aluminium = makeGoodsLine('case', { hsCode: '7604' });
    const unclassified = makeGoodsLine('case', { hsCode: '' });
    expect(screenCase(index, { parties: [], goods: [unclassified, aluminium, plywood] })).toEqual([
      { subjectTable: 'goods', subjectId: plywood.id, entryId: 'heading', score: 1, reasons: [{ kind: 'hsCode', match: 'covers', listed: '4412', declared: '441231' }] },
      { subjectTable: 'goods', subjectId: aluminium.id, entryId: 'subheading', score: 0.533, reasons: [{ kind: 'hsCode', match: 'partial', listed: '760429', declared: '7604' }] },
    ]);
  });

  it('orders hits best first, then by entry id, and applies the name threshold asked for', () => {
    const typo = party('Truogn Son Steel Co., Ltd', { country: 'CN' });
    const exact = party('Minh Phat Co., Ltd');
    const goods = makeGoodsLine('case', { hsCode: '4412' });
    const subject = { parties: [typo, exact], goods: [goods] };
    expect(screenCase(index, subject).map((h) => [h.entryId, h.score])).toEqual([['heading', 1], ['taxcode', 1]]);
    expect(screenCase(index, subject, { minScore: 0.5 }).map((h) => h.entryId)).toEqual(['heading', 'taxcode', 'steel']);
  });
});
