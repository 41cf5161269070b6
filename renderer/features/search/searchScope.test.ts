import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { sampleId } from '../../../shared/domain/sampleRecords';
import { en } from './locales/en';
import { vi } from './locales/vi';
import { resultLink } from './resultLink';
import { searchableKinds, searchScopeValues } from './searchScope';

function translate(language: 'en' | 'vi'): TFunction {
  const instance = i18next.createInstance();
  void instance.init({ resources: { [language]: { translation: { en, vi }[language] } }, lng: language, initAsync: false, interpolation: { escapeValue: false } });
  return instance.t;
}

describe('what search says it finds', () => {
  it('names only the kinds of record that open a screen: cases and what their page shows', () => {
    expect(searchableKinds).toEqual(['case', 'party', 'goodsLine', 'shipment', 'proofOfOrigin']);
    const caseId = sampleId(1);
    expect(resultLink({ type: 'shipment', id: sampleId(2), caseId })).toBe(`/cases/${caseId}`);
    // No screen shows requests or contacts yet: their results do not open, even under a case.
    expect(resultLink({ type: 'request', id: sampleId(3), caseId })).toBeNull();
    expect(resultLink({ type: 'contact', id: sampleId(4), caseId: null })).toBeNull();
  });

  it('says so in English, on the search page and in the shortcuts', () => {
    const t = translate('en');
    const hint = t('search.hint', searchScopeValues(t));
    expect(hint).toMatch(/^Search cases, parties, goods lines, shipments, and proofs of origin by names, titles, references, HS codes/);
    expect(t('search.shortcut', searchScopeValues(t))).toBe('Search cases, parties, goods lines, shipments, and proofs of origin');
    for (const missing of ['request', 'meeting', 'action item', 'contact', 'risk']) expect(hint).not.toContain(missing);
  });

  it('says so in Vietnamese', () => {
    const t = translate('vi');
    const hint = t('search.hint', searchScopeValues(t));
    expect(hint).toMatch(/^Tìm vụ việc, bên liên quan, dòng hàng, lô hàng và chứng từ xuất xứ theo tên/);
    expect(t('search.shortcut', searchScopeValues(t))).toBe('Tìm vụ việc, bên liên quan, dòng hàng, lô hàng và chứng từ xuất xứ');
    for (const missing of ['yêu cầu', 'cuộc họp', 'việc cần làm', 'đầu mối', 'rủi ro']) expect(hint).not.toContain(missing);
  });

  it('names a kind as soon as it has a screen', () => {
    const t = translate('en');
    expect(t('search.shortcut', searchScopeValues(t, [...searchableKinds, 'meeting']))).toBe(
      'Search cases, parties, goods lines, shipments, proofs of origin, and meetings',
    );
  });
});
