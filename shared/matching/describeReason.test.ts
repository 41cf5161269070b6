import { describe, expect, it } from 'vitest';
import { makeRiskEntry as entry } from '../../test/fixtures/makeRiskEntry';
import { describeReason } from './describeReason';
import type { HitReason } from './hitReason';
import { buildScreeningIndex } from './index';

describe('describeReason', () => {
  it.each<[HitReason, string]>([
    [
      { kind: 'name', via: 'latinName', name: 'Ruida Co', listedName: 'Guangzhou Ruida Co., Ltd', matchedTokens: ['ruida'] },
      'Name "Ruida Co" matches the listed Latin name "Guangzhou Ruida Co., Ltd": ruida',
    ],
    [
      { kind: 'name', via: 'alias', name: 'Dinhhung Truogn', listedName: 'Dinh Hung Truong', matchedTokens: ['dinhhung = dinh hung', 'truogn ~ truong'] },
      'Name "Dinhhung Truogn" matches the listed alias "Dinh Hung Truong": dinhhung = dinh hung, truogn ~ truong',
    ],
    [{ kind: 'typos', count: 1 }, 'One word differs by a typo'],
    [{ kind: 'typos', count: 2 }, '2 words differ by a typo'],
    [{ kind: 'unmatchedWords', onlyInName: ['phat'], onlyInListed: [] }, 'Words only in the name screened: phat'],
    [{ kind: 'unmatchedWords', onlyInName: ['a', 'b'], onlyInListed: ['c'] }, 'Words only in the name screened: a b; only in the listed name: c'],
    [{ kind: 'goods', agrees: true, name: ['steel', 'wood'], listed: ['wood'] }, 'Same goods word (wood)'],
    [{ kind: 'goods', agrees: false, name: ['steel'], listed: ['aluminium', 'wood'] }, 'Different goods words (steel vs aluminium, wood)'],
    [{ kind: 'legalForm', name: ['ltd'], listed: ['jsc'] }, 'Different legal forms (ltd vs jsc)'],
    [{ kind: 'place', name: ['guangzhou'], listed: ['shenzhen'] }, 'Different places in the name (guangzhou vs shenzhen)'],
    [{ kind: 'country', agrees: true, country: 'VN', listed: ['VN'] }, 'Same country (VN)'],
    [{ kind: 'country', agrees: false, country: 'CN', listed: ['VN', 'LA'] }, 'Different country (CN vs VN, LA)'],
    [
      { kind: 'identifier', scheme: 'VN_MST', value: '0100233488', listedValue: '0100233488', viaBranch: false },
      'Identifier VN_MST 0100233488 matches the listed VN_MST 0100233488',
    ],
    [
      { kind: 'identifier', scheme: 'VN_MST', value: '0100233488-001', listedValue: '0100233488', viaBranch: true },
      'Identifier VN_MST 0100233488-001 matches the listed VN_MST 0100233488 (a branch of the same company)',
    ],
    [{ kind: 'hsCode', match: 'exact', listed: '72139100', declared: '72139100' }, 'HS 7213.91.00 is listed'],
    [{ kind: 'hsCode', match: 'covers', listed: '7213', declared: '72139100' }, 'Listed heading 7213 covers the declared 7213.91.00'],
    [{ kind: 'hsCode', match: 'partial', listed: '760429', declared: '7604' }, 'Partial: the declared heading 7604 includes the listed subheading 7604.29'],
  ])('%j → %s', (reason, english) => {
    expect(describeReason(reason)).toBe(english);
  });
});

describe('explainCompany and explainHsCode', () => {
  const index = buildScreeningIndex([
    entry('steel', { primaryName: 'Công ty TNHH Thép Trường Sơn', identifiers: [{ scheme: 'VN_MST', value: '0100233488' }], addresses: [{ address: '', country: 'VN' }] }),
    entry('heading', { subjectType: 'goods', hsCode: '7213', hsLevel: 4 }),
  ]);

  it('give the hits screenCompany gives, with reasons as data that read as its English', () => {
    const query = { name: 'Truogn Son Steel Co., Ltd', country: 'CN' };
    const explained = index.explainCompany(query, { minScore: 0 });
    expect(explained[0]!.reasons).toEqual([
      { kind: 'name', via: 'name', name: query.name, listedName: 'Công ty TNHH Thép Trường Sơn', matchedTokens: ['truogn ~ truong', 'son'] },
      { kind: 'typos', count: 1 },
      { kind: 'goods', agrees: true, name: ['steel'], listed: ['steel'] },
      { kind: 'country', agrees: false, country: 'CN', listed: ['VN'] },
    ]);
    expect(index.screenCompany(query, { minScore: 0 })).toEqual(explained.map((h) => ({ ...h, reasons: h.reasons.map(describeReason) })));
  });

  it('say which identifier met which, a branch through its parent', () => {
    expect(index.explainCompany({ name: '', identifiers: [{ scheme: 'VN_MST', value: '0100233488-001' }] })[0]!.reasons).toEqual([
      { kind: 'identifier', scheme: 'VN_MST', value: '0100233488-001', listedValue: '0100233488', viaBranch: true },
    ]);
  });

  it('say how a listed HS code meets the declared one', () => {
    expect(index.explainHsCode('7213.91.00')).toEqual([{ entryId: 'heading', score: 1, reasons: [{ kind: 'hsCode', match: 'covers', listed: '7213', declared: '72139100' }] }]);
    expect(index.explainHsCode('72')[0]!.reasons).toEqual([{ kind: 'hsCode', match: 'partial', listed: '7213', declared: '72' }]);
  });
});
