// A deterministic risk list for the screening bench: companies named as Vietnamese lists name
// them (legal form, goods word, two or three syllables; an English alias for one in four) and one
// goods entry in ten with a 6-digit HS code. Ninety common syllables make it harder than real
// lists: each syllable is in thousands of names.
import type { RiskEntry } from '../shared/domain/riskEntry';
import { makeRiskEntry } from '../test/fixtures/makeRiskEntry';

export const benchSyllables =
  'an anh bao binh chau chi cong cuong dai dang dat duc dung giang ha hai han hanh hieu hoa hoang hong hung huy khang khanh kien kim lam lan linh loc long luan mai manh minh my nam nga ngoc nguyen nhan nhat phat phong phu phuc phuong quang quoc quy sang sinh son tai tam tan thang thanh thien thinh tho thu thuan tien tin toan trang tri trung truong tuan tung uy van viet vinh vu xuan yen'.split(
    ' ',
  );
const goodsWords = ['Thép', 'Nhôm', 'Gỗ', 'Dệt may', 'Thuỷ sản', 'Nhựa', 'Điện tử', ''];

/** A seeded pseudo-random source (same list every run). */
export function seeded(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

export function syntheticRiskEntries(count: number): RiskEntry[] {
  const rnd = seeded(42);
  const syllable = () => benchSyllables[rnd(benchSyllables.length)]!;
  return Array.from({ length: count }, (_, i): RiskEntry => {
    const base = makeRiskEntry(`entry-${i}`, { listId: 'bench-list', sourceRef: String(i), riskCategories: ['originFraud'] });
    if (i % 10 === 0) return { ...base, subjectType: 'goods', hsCode: `${7200 + rnd(500)}${String(rnd(100)).padStart(2, '0')}`, hsLevel: 6 };
    const name = `Công ty TNHH ${goodsWords[rnd(goodsWords.length)]} ${syllable()} ${syllable()}${rnd(3) === 0 ? ` ${syllable()}` : ''}`.replace(/ +/g, ' ');
    const aliases = rnd(4) === 0 ? [{ name: `${syllable()} ${syllable()} Trading Co., Ltd`, nameLatin: '' }] : [];
    return { ...base, primaryName: name, aliases };
  });
}
