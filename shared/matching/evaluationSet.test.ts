// The screening engine against a labelled evaluation set built here from realistic names: listed
// Vietnamese, Chinese and other companies, the variants their names really take across a C/O, an
// invoice, a declaration and a list (each must find its entry), and near misses that must not
// (another company with the same goods word and legal form, one real syllable apart, or a longer
// name that contains the listed one). Precision and recall at the default threshold: ≥ 0.95.
import { describe, expect, it } from 'vitest';
import type { RiskEntry } from '../domain/riskEntry';
import { buildScreeningIndex, defaultMinScore, type CompanyQuery } from './index';
import { isSyllabic } from './syllables';

const vietnamese = [
  'Trường Sơn', 'Hoà Phát', 'Minh Long', 'An Phát', 'Việt Tiến', 'Thành Công', 'Phú Thái', 'Đức Thịnh', 'Hưng Thịnh', 'Tân Cảng',
  'Bảo Ngọc', 'Kim Tín', 'Hải Đăng', 'Sao Mai', 'Thiên Long', 'Đông Á', 'Nam Việt', 'Quang Trung', 'Hồng Hà', 'Lâm Viên',
  'Phước Lộc', 'Vĩnh Hưng', 'Thuận Phong', 'Gia Huy', 'Tuấn Kiệt',
];
const chinese = [
  ['瑞达', 'Ruida'], ['华鑫', 'Huaxin'], ['金龙', 'Jinlong'], ['中天', 'Zhongtian'], ['宏远', 'Hongyuan'], ['永盛', 'Yongsheng'],
  ['恒通', 'Hengtong'], ['新亚', 'Xinya'], ['鸿达', 'Hongda'], ['东方', 'Dongfang'],
] as const;
const others = ['Global Apex', 'Pacific Star', 'Blue Harbor', 'Golden Bridge', 'Evergreen Summit', 'Northwind Atlas'];
const goodsVi = [['Thép', 'Steel'], ['Nhôm', 'Aluminium'], ['Gỗ', 'Wood'], ['Dệt may', 'Textile'], ['Thuỷ sản', 'Seafood']] as const;
const places = [['广州', 'Guangzhou'], ['深圳', 'Shenzhen'], ['宁波', 'Ningbo']] as const;
/** Valid MSTs (check digit per the shared validator), one per Vietnamese company. */
const mst = (i: number) => {
  const first9 = String(100233400 + i * 7919).padStart(9, '0');
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const rest = [...first9].reduce((s, d, k) => s + Number(d) * weights[k]!, 0) % 11;
  return rest === 0 ? null : `${first9}${10 - rest}`;
};

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const title = (s: string) => s.replace(/\S+/g, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase());

function entry(id: string, primaryName: string, extra: Partial<RiskEntry> = {}): RiskEntry {
  return {
    id, listId: 'list', sourceRef: id, subjectType: 'company', hsCode: '', hsLevel: null, goodsDescription: '', primaryName, primaryNameLatin: '',
    aliases: [], legalForm: '', identifiers: [], addresses: [], claimedOrigin: '', suspectedOrigin: '', transitCountries: [], riskCategories: ['originFraud'],
    indicators: [], linkedOrders: [], riskLevel: 'high', sourceRiskLevel: '', status: 'active', listedOn: null, validFrom: null, validTo: null,
    reason: '', handlingCode: 'shareable', ...extra,
  };
}

/** One typo a clerk makes: two letters swapped inside the longest word, where that leaves no real syllable. */
function typo(name: string): string | null {
  const words = name.split(' ');
  const longest = words.reduce((a, b) => (fold(b).length > fold(a).length ? b : a));
  const plain = fold(longest);
  for (let i = 1; i + 1 < plain.length; i++) {
    const swapped = plain.slice(0, i) + plain[i + 1] + plain[i] + plain.slice(i + 2);
    if (swapped !== plain.toLowerCase() && !isSyllabic(swapped.toLowerCase())) return words.map((w) => (w === longest ? swapped : fold(w))).join(' ');
  }
  return null;
}

type Labelled = { query: CompanyQuery; expect: string | null; kind: string };

function evaluationSet(): { entries: RiskEntry[]; queries: Labelled[] } {
  const entries: RiskEntry[] = [];
  const queries: Labelled[] = [];
  const listed = vietnamese.slice(0, 20);
  const heldOut = vietnamese.slice(20);
  listed.forEach((name, i) => {
    const [vi, en] = goodsVi[i % goodsVi.length]!;
    const id = `vn-${i}`;
    const tax = mst(i);
    entries.push(entry(id, `Công ty TNHH ${vi} ${name}`, {
      aliases: [{ name: `${fold(name)} ${en} Company`, nameLatin: '' }],
      identifiers: tax ? [{ scheme: 'VN_MST', value: tax }] : [],
      addresses: [{ address: '', country: 'VN' }],
    }));
    const variants: [string, CompanyQuery][] = [
      ['diacritics stripped', { name: fold(`Cong ty TNHH ${vi} ${name}`) }],
      ['declaration in upper case', { name: fold(`CÔNG TY TNHH ${vi} ${name}`).toUpperCase() }],
      ['English trading name', { name: `${title(fold(name))} ${en} Co., Ltd`, country: 'VN' }],
      ['legal form abbreviated', { name: `Cty TNHH ${vi} ${name}` }],
      ['legal form as LLC, goods word dropped', { name: `${fold(name)} LLC` }],
      // (Nam Việt reversed is the country's name, which no clerk would write for the company.)
      ...(name === 'Nam Việt' ? [] : [['words reordered', { name: `${name.split(' ').reverse().join(' ')} ${en} Company Limited` }] as [string, CompanyQuery]]),
      ['alias', { name: `${fold(name)} ${en} Company` }],
      ['branch', { name: `Chi nhánh Công ty TNHH ${vi} ${name} tại Bình Dương` }],
    ];
    const typoed = typo(name);
    if (typoed) variants.push(['one typo', { name: `${typoed} ${en} Co., Ltd` }]);
    if (tax) variants.push(['identifier only', { name: '', identifiers: [{ scheme: 'VN_MST', value: `${tax.slice(0, 4)} ${tax.slice(4)}` }] }]);
    for (const [kind, query] of variants) queries.push({ query, expect: id, kind });
    // Near misses: a longer name containing it; the same first word with another second one.
    queries.push({ query: { name: `Công ty TNHH ${vi} ${name} Phát Đạt` }, expect: null, kind: 'longer name containing it' });
    const other = `${name.split(' ')[0]} ${heldOut[i % heldOut.length]!.split(' ')[1]}`;
    if (!listed.includes(other)) queries.push({ query: { name: `Công ty TNHH ${vi} ${other}` }, expect: null, kind: 'one of two words shared' });
  });
  heldOut.forEach((name, i) => {
    const [vi, en] = goodsVi[i % goodsVi.length]!;
    queries.push({ query: { name: `Công ty TNHH ${vi} ${name}` }, expect: null, kind: 'same goods word and legal form, other company' });
    queries.push({ query: { name: `${fold(name)} ${en} Co., Ltd` }, expect: null, kind: 'same goods word and legal form, other company' });
  });
  for (const [listedName, other] of [['Đức Thịnh', 'Đức Thành'], ['Hưng Thịnh', 'Hưng Thành'], ['Minh Long', 'Minh Lâm'], ['Kim Tín', 'Kim Tân'], ['Sao Mai', 'Sao Mây']] as const) {
    expect(listed).toContain(listedName);
    queries.push({ query: { name: `Công ty TNHH ${other}` }, expect: null, kind: 'one syllable apart' });
    queries.push({ query: { name: `${fold(other)} Co., Ltd` }, expect: null, kind: 'one syllable apart' });
  }

  chinese.forEach(([hanzi, latin], i) => {
    const [placeHanzi, placeLatin] = places[i % places.length]!;
    const id = `cn-${i}`;
    entries.push(entry(id, `${placeHanzi}${hanzi}有限公司`, { addresses: [{ address: '', country: 'CN' }] }));
    for (const [kind, query] of [
      ['pinyin with place', { name: `${placeLatin} ${latin} Co., Ltd` }],
      ['pinyin without place', { name: `${latin} Co., Ltd`, country: 'CN' }],
      ['wholly in pinyin', { name: `${placeLatin} ${latin} Youxian Gongsi` }],
      ['pinyin split in syllables', { name: `${latin.replace(/([a-z])([A-Z]?)(?=(?:[^aeiou]?[aeiou]))/, '$1')} Trading Co., Ltd`.replace(latin, latin.replace(/^(\w[^aeiou]*[aeiou]+(?:ng|n)?)/i, '$1 ')) }],
      ['characters', { name: `${placeHanzi}${hanzi}有限公司` }],
    ] as [string, CompanyQuery][]) {
      queries.push({ query, expect: id, kind });
    }
  });
  for (const [name, place] of [['Ruide', 'Guangzhou'], ['Huaxing', 'Shenzhen'], ['Jinlang', 'Ningbo'], ['Hongyun', 'Guangzhou']] as const) {
    queries.push({ query: { name: `${place} ${name} Co., Ltd` }, expect: null, kind: 'one pinyin syllable apart' });
  }

  others.forEach((name, i) => {
    const id = `other-${i}`;
    entries.push(entry(id, `${name} Trading Co., Ltd`, { addresses: [{ address: '', country: 'HK' }] }));
    queries.push({ query: { name: `${name.toUpperCase()} TRADING COMPANY LIMITED` }, expect: id, kind: 'upper case' });
    queries.push({ query: { name: `${name} Ltd.` }, expect: id, kind: 'trading word dropped' });
    const [first, second] = name.split(' ') as [string, string];
    queries.push({ query: { name: `${first} ${second.slice(0, 2)}${second[3]}${second[2]}${second.slice(4)} Trading Ltd` }, expect: id, kind: 'one typo' });
    queries.push({ query: { name: `${first} Trading Co., Ltd` }, expect: null, kind: 'part of the name only' });
  });
  return { entries, queries };
}

describe('the evaluation set', () => {
  const { entries, queries } = evaluationSet();
  const index = buildScreeningIndex(entries);
  const outcomes = queries.map((q) => ({ ...q, hits: index.screenCompany(q.query).map((h) => h.entryId) }));
  const truePositives = outcomes.filter((o) => o.expect !== null && o.hits.includes(o.expect)).length;
  const falseNegatives = outcomes.filter((o) => o.expect !== null && !o.hits.includes(o.expect));
  const falsePositives = outcomes.flatMap((o) => o.hits.filter((h) => h !== o.expect).map((h) => ({ query: o.query.name, kind: o.kind, hit: h })));
  const precision = truePositives / (truePositives + falsePositives.length);
  const recall = truePositives / (truePositives + falseNegatives.length);

  it('is big and varied enough to mean something', () => {
    expect(entries.length).toBeGreaterThanOrEqual(35);
    expect(outcomes.filter((o) => o.expect !== null).length).toBeGreaterThanOrEqual(200);
    expect(outcomes.filter((o) => o.expect === null).length).toBeGreaterThanOrEqual(40);
  });

  it(`finds the listed company in its variants: recall ≥ 0.95 at the default threshold (${defaultMinScore})`, () => {
    expect({ recall, missed: falseNegatives.map((o) => `${o.kind}: ${o.query.name || JSON.stringify(o.query.identifiers)}`) }).toMatchObject({ recall: expect.any(Number) });
    expect(recall, falseNegatives.map((o) => `${o.kind}: ${o.query.name}`).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('does not find it for another company: precision ≥ 0.95', () => {
    expect(precision, falsePositives.map((f) => `${f.kind}: ${f.query} → ${f.hit}`).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
