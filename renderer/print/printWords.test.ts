import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { recordsLocales } from '../records';
import { isPrintLanguage, joinUnique, printLanguageList, printWords } from './printWords';

/** Records' words plus a document's own labels under `testDoc.*`, the UI in English. */
function testI18n() {
  const instance = i18next.createInstance();
  const testDoc = { en: { testDoc: { goods: 'Goods', dated: 'Dated {{date}}' } }, vi: { testDoc: { goods: 'Hàng hoá', dated: 'Ngày {{date}}' } } };
  void instance.init({
    resources: {
      en: { translation: { ...recordsLocales.en, ...testDoc.en } },
      vi: { translation: { ...recordsLocales.vi, ...testDoc.vi } },
    },
    lng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

describe('joinUnique', () => {
  it('says a value once where both languages agree', () => {
    expect(joinUnique(['RCEP', 'RCEP'])).toBe('RCEP');
    expect(joinUnique(['Goods', 'Hàng hoá', ''])).toBe('Goods / Hàng hoá');
  });
});

describe('printLanguageList', () => {
  it('reads a bilingual document in English, then Vietnamese', () => {
    expect(printLanguageList('bilingual')).toEqual(['en', 'vi']);
    expect(printLanguageList('vi')).toEqual(['vi']);
  });

  it('knows only the three print languages', () => {
    expect(['en', 'vi', 'bilingual'].every(isPrintLanguage)).toBe(true);
    expect([null, undefined, '', 'fr'].some(isPrintLanguage)).toBe(false);
  });
});

describe('printWords', () => {
  const i18n = testI18n();

  it('reads labels under the document’s own namespace, in the document’s language whatever the UI’s', () => {
    const vi = printWords(i18n, 'vi', 'testDoc');
    expect(vi.label('goods')).toBe('Hàng hoá');
    expect(vi.first.label('dated', { date: '1' })).toBe('Ngày 1');
    expect(vi.languages).toEqual(['vi']);
  });

  it('joins labels, values and dates in a bilingual document, each said once', () => {
    const both = printWords(i18n, 'bilingual', 'testDoc');
    expect(both.label('goods')).toBe('Goods / Hàng hoá');
    expect(both.value('decisionKind', 'deferred')).toBe('Deferred / Hoãn lại');
    expect(both.value('legalInstrument', 'RCEP')).toBe('RCEP');
    expect(both.value('decisionKind', null)).toBe('');
    expect(both.country('VN')).toBe('Vietnam / Việt Nam');
    expect(both.each((one) => one.label('dated', { date: one.fmt.date('2026-07-14') }))).toEqual(['Dated 14 Jul 2026', 'Ngày 14 thg 7, 2026']);
    expect(both.first.lang).toBe('en');
  });
});
