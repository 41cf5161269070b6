import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { HitReason } from '../../../../shared/matching';
import { screeningLocales } from './locales';
import { reasonText } from './reasonText';

function translator(language: 'en' | 'vi') {
  const instance = i18next.createInstance();
  void instance.init({ resources: { [language]: { translation: screeningLocales[language] } }, lng: language, initAsync: false, interpolation: { escapeValue: false } });
  return instance.t;
}

const reasons: HitReason[] = [
  { kind: 'name', via: 'alias', name: 'Công ty TNHH Thép Trường Sơn', listedName: 'Truong Son Steel Co., Ltd', matchedTokens: ['truong', 'son'] },
  { kind: 'typos', count: 2 },
  { kind: 'unmatchedWords', onlyInName: ['viet'], onlyInListed: [] },
  { kind: 'goods', agrees: true, name: ['steel'], listed: ['steel', 'wood'] },
  { kind: 'goods', agrees: false, name: ['aluminium'], listed: ['steel'] },
  { kind: 'legalForm', name: ['jsc'], listed: ['ltd'] },
  { kind: 'country', agrees: false, country: 'VN', listed: ['CN'] },
  { kind: 'identifier', scheme: 'VN_MST', value: '0100233488-001', listedValue: '0100233488', viaBranch: true },
  { kind: 'hsCode', match: 'covers', listed: '7213', declared: '72139190' },
  { kind: 'hsCode', match: 'partial', listed: '721391', declared: '7213' },
];

describe('reasonText', () => {
  it('says every kind of reason in English, goods words and legal forms by name', () => {
    expect(reasons.map((r) => reasonText(translator('en'), r))).toEqual([
      'Name “Công ty TNHH Thép Trường Sơn” matches the listed alias “Truong Son Steel Co., Ltd”: truong, son',
      '2 words differ by a typo',
      'words only in the name screened: viet',
      'Same goods word (steel)',
      'Different goods words (aluminium vs steel)',
      'Different legal forms (joint-stock company (CP, JSC) vs limited company (TNHH, Co., Ltd))',
      'Different country (VN vs CN)',
      'Identifier VN_MST 0100233488-001 is a branch of the listed 0100233488',
      'The listed heading 7213 covers the declared 7213.91.90',
      'Partial: the declared heading 7213 includes the listed subheading 7213.91',
    ]);
  });

  it('says them in Vietnamese, with the goods words in Vietnamese', () => {
    const said = reasons.map((r) => reasonText(translator('vi'), r));
    expect(said[3]).toBe('Cùng từ chỉ hàng hoá (thép)');
    expect(said[5]).toBe('Khác loại hình doanh nghiệp (công ty cổ phần và công ty TNHH)');
    expect(said[9]).toBe('Trùng một phần: nhóm khai báo 7213 bao gồm phân nhóm 7213.91 trong danh sách');
    expect(said.every((text) => !/screening\./.test(text))).toBe(true);
  });
});
