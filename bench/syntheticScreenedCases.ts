// Cases as screening reads them (renderer/features/riskLists/screening/loadScreenedCases.ts): three
// parties and two goods lines each. The exporter is a Vietnamese company named from the same 90
// syllables as the synthetic list (so most names reach thousands of listed ones, and one case in
// 20 names a listed company exactly), the importer an American one, the manufacturer a Chinese one
// written in characters with its pinyin; one goods line in two is in the list's HS range.
import type { RiskEntry } from '../shared/domain/riskEntry';
import type { ScreenedGoodsLine, ScreenedParty } from '../shared/matching';
import { benchSyllables, seeded } from './syntheticRiskEntries';

export interface SyntheticScreenedCase {
  caseId: string;
  parties: ScreenedParty[];
  goods: ScreenedGoodsLine[];
}

const goodsWords = ['Thép', 'Nhôm', 'Gỗ', 'Dệt may', 'Thuỷ sản', 'Nhựa', 'Điện tử'];
const usNames = ['Pacific', 'Harbor', 'Summit', 'Liberty', 'Keystone', 'Prairie', 'Atlas', 'Redwood', 'Granite', 'Beacon', 'Frontier', 'Lakeside'];
const usTrades = ['Imports', 'Supply', 'Building Materials', 'Metals', 'Furniture', 'Home Goods'];
const usForms = ['Inc.', 'LLC', 'Corp.'];
/** Chinese given-name characters with their pinyin: a manufacturer is written both ways. */
const hanzi: [string, string][] = [['华', 'hua'], ['兴', 'xing'], ['盛', 'sheng'], ['达', 'da'], ['鑫', 'xin'], ['宏', 'hong'], ['泰', 'tai'], ['源', 'yuan'], ['隆', 'long'], ['丰', 'feng'], ['金', 'jin'], ['永', 'yong']];
const provinces: [string, string][] = [['浙江', 'Zhejiang'], ['江苏', 'Jiangsu'], ['广东', 'Guangdong'], ['山东', 'Shandong'], ['福建', 'Fujian']];
/** HS headings of goods often verified for origin (plywood, furniture, solar cells, aluminium). */
const otherHeadings = ['4412', '9403', '8541', '7604', '6109', '3923'];

/**
 * `count` cases with ids from `newId`; `listed` is the list's first version, whose company names
 * some exporters carry exactly (a listed exporter).
 */
export function syntheticScreenedCases(count: number, listed: readonly RiskEntry[], newId: () => string): SyntheticScreenedCase[] {
  const rnd = seeded(13);
  const pick = <T>(xs: readonly T[]) => xs[rnd(xs.length)]!;
  const companies = listed.filter((e) => e.subjectType === 'company');
  const digits = (n: number) => String(rnd(10 ** n)).padStart(n, '0');
  return Array.from({ length: count }, (_, i) => {
    const exporterName =
      i % 20 === 0 && companies.length > 0
        ? companies[rnd(companies.length)]!.primaryName
        : `Công ty TNHH ${pick(goodsWords)} ${pick(benchSyllables)} ${pick(benchSyllables)} ${pick(benchSyllables)}`;
    const [province, provinceLatin] = pick(provinces);
    const given = [pick(hanzi), pick(hanzi)];
    const parties: ScreenedParty[] = [
      { id: newId(), name: exporterName, nameLatin: '', country: 'VN', identifiers: [{ scheme: 'VN_MST', value: `0${digits(9)}` }] },
      { id: newId(), name: `${pick(usNames)} ${pick(usTrades)} ${pick(usForms)}`, nameLatin: '', country: 'US', identifiers: [] },
      {
        id: newId(),
        name: `${province}${given.map(([h]) => h).join('')}钢铁有限公司`,
        nameLatin: `${provinceLatin} ${given.map(([, p]) => p).join('')} Steel Co., Ltd`,
        country: 'CN',
        identifiers: [],
      },
    ];
    const goods: ScreenedGoodsLine[] = [
      { id: newId(), hsCode: `${7200 + rnd(500)}${digits(4)}` },
      { id: newId(), hsCode: `${pick(otherHeadings)}${digits(4)}` },
    ];
    return { caseId: newId(), parties, goods };
  });
}
