import { describe, expect, it } from 'vitest';
import { makeRiskEntry as entry } from '../../test/fixtures/makeRiskEntry';
import { analyzeName } from './analyzeName';
import { compareCores, isTypoOf } from './compareNames';
import { buildScreeningIndex } from './index';


describe('analyzeName', () => {
  it.each([
    ['Công ty TNHH Thép Trường Sơn', ['truong', 'son'], ['ltd'], ['steel']],
    ['Cty TNHH Thep Truong Son', ['truong', 'son'], ['ltd'], ['steel']],
    ['TRUONG SON STEEL COMPANY LIMITED', ['truong', 'son'], ['ltd'], ['steel']],
    ['Truong Son Steel Co.,Ltd.', ['truong', 'son'], ['ltd'], ['steel']],
    ['Công ty TNHH MTV Đình Hưng', ['dinh', 'hung'], ['ltd', 'oneMember'], []],
    ['Dinh Hung One Member Co., Ltd', ['dinh', 'hung'], ['oneMember', 'ltd'], []],
    ['Công ty Cổ phần Xuất nhập khẩu Thuỷ sản An Giang', ['an', 'giang'], ['jsc'], ['seafood']],
    ['An Giang Fisheries Import Export JSC', ['an', 'giang'], ['jsc'], ['seafood']],
    ['Doanh nghiệp tư nhân Minh Phát', ['minh', 'phat'], ['private'], []],
    ['HTX Nông nghiệp Tân Phú', ['tan', 'phu'], ['cooperative'], ['agriculture']],
    ['广州瑞达有限公司', ['rui', 'da'], ['ltd'], []],
    ['Guangzhou Ruida Youxian Gongsi', ['ruida'], ['ltd'], []],
  ])('%s: own words %j, legal form %j, goods %j', (name, core, forms, goods) => {
    const a = analyzeName(name);
    expect(a.core).toEqual(core);
    expect([...a.legalForms]).toEqual(forms);
    expect([...a.goods]).toEqual(goods);
  });

  it('drops a branch\'s place, in Vietnamese and in English, and keeps the company', () => {
    expect(analyzeName('Chi nhánh Công ty TNHH X Quang tại Bình Dương')).toMatchObject({ core: ['x', 'quang'], branch: true });
    expect(analyzeName('X Quang Co., Ltd – Binh Duong Branch')).toMatchObject({ core: ['x', 'quang'], branch: true });
    expect(analyzeName('X Quang Co., Ltd Binh Duong Branch')).toMatchObject({ core: ['x', 'quang'], branch: true });
  });

  it('reads Đồng, Nhôm and Gỗ as goods only when marked: unmarked they may be a name (Đông Á)', () => {
    expect(analyzeName('Công ty TNHH Đồng Việt')).toMatchObject({ core: ['viet'], goods: new Set(['copper']) });
    expect(analyzeName('Công ty TNHH Đông Á')).toMatchObject({ core: ['dong', 'a'], goods: new Set() });
    expect(analyzeName('DONG A CO LTD').core).toEqual(['dong', 'a']);
  });
});

describe('isTypoOf', () => {
  it.each([
    ['truogn', 'truong', true],
    ['nguyne', 'nguyen', true],
    ['kmi', 'kim', true],
    ['pacfic', 'pacific', true],
    ['thanh', 'thinh', false], // Đức Thành is not Đức Thịnh
    ['ruida', 'ruide', false], // two pinyin names
    ['son', 'sen', false],
    ['kim', 'kin', false],
    ['global', 'globe', false],
  ])('%s ~ %s: %s', (a, b, typo) => {
    expect(isTypoOf(a, b)).toBe(typo);
  });
});

describe('compareCores', () => {
  it('joins only syllables written side by side: "Rui Da" is Ruida, "Rui Dinhhung Da" holds no Ruida', () => {
    expect(compareCores(analyzeName('Ruida Kim'), analyzeName('Kim Rui Da'))).toMatchObject({ score: 1, matched: ['ruida = rui da', 'kim'] });
    expect(compareCores(analyzeName('Ruida Dinhhung'), analyzeName('Rui Dinhhung Da')).matched).toEqual(['dinhhung']);
  });
});

describe('buildScreeningIndex', () => {
  const index = buildScreeningIndex([
    entry('steel', { primaryName: 'Công ty TNHH Thép Trường Sơn', identifiers: [{ scheme: 'VN_MST', value: '0100233488' }], addresses: [{ address: '', country: 'VN' }] }),
    entry('thinh', { primaryName: 'Công ty TNHH Đức Thịnh', aliases: [{ name: 'Rồng Vàng Trading Co., Ltd', nameLatin: 'Golden Dragon Trading Co., Ltd' }] }),
    entry('ruida', { primaryName: '广州瑞达有限公司', primaryNameLatin: 'Guangzhou Ruida Co., Ltd' }),
    entry('heading', { subjectType: 'goods', hsCode: '7213', hsLevel: 4 }),
    entry('subheading', { subjectType: 'goods', hsCode: '760429', hsLevel: 6 }),
    entry('national', { subjectType: 'goods', hsCode: '7604291000', hsLevel: 10 }),
  ]);
  const ids = (hits: { entryId: string }[]) => hits.map((h) => h.entryId);

  it('finds a company by a name written otherwise, and explains the words that matched', () => {
    const [hit] = index.screenCompany({ name: 'TRUONG SON STEEL CO., LTD', country: 'VN' });
    expect(hit).toMatchObject({ entryId: 'steel', score: 1 });
    expect(hit!.reasons).toEqual([
      'Name "TRUONG SON STEEL CO., LTD" matches the listed name "Công ty TNHH Thép Trường Sơn": truong, son',
      'Same goods word (steel)',
      'Same country (VN)',
    ]);
  });

  it('lowers a hit whose country conflicts, and drops it under the threshold', () => {
    expect(index.screenCompany({ name: 'Truong Son Steel Co., Ltd', country: 'CN' })[0]).toMatchObject({ entryId: 'steel', score: 0.85 });
    expect(index.screenCompany({ name: 'Truong Son Co., Ltd', country: 'CN' }, { minScore: 0.9 })).toEqual([]);
  });

  it('does not find a listed name in another company sharing its goods word and legal form, nor in a longer name', () => {
    expect(index.screenCompany({ name: 'Công ty TNHH Thép Hoà Phát' })).toEqual([]);
    expect(index.screenCompany({ name: 'Công ty TNHH Thép Trường Sơn Phát' })).toEqual([]);
    expect(index.screenCompany({ name: 'Duc Thanh Trading Co., Ltd' })).toEqual([]);
    expect(index.screenCompany({ name: 'Ruide Co., Ltd' })).toEqual([]);
    // The same letters split into other syllables are another name: Anh An is not An Hân.
    const split = buildScreeningIndex([entry('anhan', { primaryName: 'Công ty TNHH An Hân' })]);
    expect(split.screenCompany({ name: 'Anh An Co., Ltd' })).toEqual([]);
    expect(split.screenCompany({ name: 'AnHan Co., Ltd' }).map((h) => h.entryId)).toEqual(['anhan']);
  });

  it('finds by an alias and by a Latin name, and says which', () => {
    expect(index.screenCompany({ name: 'Golden Dragon Trading' })[0]!.reasons[0]).toContain('the listed alias "Golden Dragon Trading Co., Ltd"');
    expect(index.screenCompany({ name: 'Rong Vang Co Ltd' })[0]!.entryId).toBe('thinh');
    expect(ids(index.screenCompany({ name: 'Ruida Co., Ltd' }))).toEqual(['ruida']);
  });

  it('finds by a valid identifier whatever the name, a branch tax code by its parent; an invalid one identifies nothing', () => {
    expect(index.screenCompany({ name: '', identifiers: [{ scheme: 'VN_MST', value: '0100 233 488' }] })[0]).toMatchObject({ entryId: 'steel', score: 1, reasons: ['Identifier VN_MST 0100233488 matches the listed VN_MST 0100233488'] });
    expect(index.screenCompany({ name: 'Another name', identifiers: [{ scheme: 'vn_mst', value: '0100233488-001' }] })[0]!.reasons[0]).toBe('Identifier VN_MST 0100233488-001 matches the listed VN_MST 0100233488 (a branch of the same company)');
    expect(index.screenCompany({ name: '', identifiers: [{ scheme: 'VN_MST', value: '0100233489' }] })).toEqual([]);
  });

  it('matches HS codes by prefix both ways: a listed heading catches its lines; a listed subheading flags a declared heading as partial', () => {
    expect(index.screenHsCode('7213.91.00')).toEqual([{ entryId: 'heading', score: 1, reasons: ['Listed heading 7213 covers the declared 7213.91.00'] }]);
    expect(index.screenHsCode('7604.29.10.00').map((h) => [h.entryId, h.score])).toEqual([['national', 1], ['subheading', 1]]);
    const partial = index.screenHsCode('7604');
    expect(partial.map((h) => h.entryId).sort()).toEqual(['national', 'subheading']);
    expect(partial.every((h) => h.score < 1 && h.reasons[0]!.startsWith('Partial: the declared heading 7604 includes the listed'))).toBe(true);
    expect(index.screenHsCode('8501')).toEqual([]);
  });

  it('keeps the limit and orders hits best first', () => {
    const many = buildScreeningIndex(['A', 'B', 'C'].map((s, i) => entry(`e${i}`, { primaryName: `Hoang Long ${s}` })));
    const hits = many.screenCompany({ name: 'Hoang Long' }, { minScore: 0, limit: 2 });
    expect(hits).toHaveLength(2);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
  });
});
