import { describe, expect, it } from 'vitest';
import { parseQuery, searchTerms } from './searchTerms';

describe('searchTerms', () => {
  it('folds Vietnamese and splits words', () => {
    expect(searchTerms('Nguyễn Văn Cẩn')).toEqual(['nguyen', 'van', 'can']);
    expect(searchTerms('Công ty TNHH Thép Việt, Đà Nẵng')).toEqual(['cong', 'ty', 'tnhh', 'thep', 'viet', 'da', 'nang']);
  });

  it('gives the same terms for decomposed (NFD) input', () => {
    expect(searchTerms('Nguyễn Văn Cẩn'.normalize('NFD'))).toEqual(['nguyen', 'van', 'can']);
  });

  it('splits identifiers and references at punctuation, keeps other scripts whole', () => {
    expect(searchTerms('0100233488-001 / A-570-967')).toEqual(['0100233488', '001', 'a', '570', '967']);
    expect(searchTerms('2026-HN-0042')).toEqual(['2026', 'hn', '0042']);
    expect(searchTerms('上海贸易有限公司 (Shanghai)')).toEqual(['上海贸易有限公司', 'shanghai']);
  });

  it('finds no terms in punctuation or blank text', () => {
    expect(searchTerms('  — , ; ')).toEqual([]);
    expect(searchTerms('')).toEqual([]);
  });
});

describe('parseQuery', () => {
  it('matches every word as a prefix, de-duplicated', () => {
    expect(parseQuery('cong ty cong').map((t) => [t.term, t.prefix])).toEqual([
      ['cong', true],
      ['ty', true],
    ]);
  });

  it('tolerates typos in longer words only, never in words with digits', () => {
    const fuzzy = Object.fromEntries(parseQuery('ty cong nguyen transshipment 0100233488 a570').map((t) => [t.term, t.fuzzy]));
    expect(fuzzy).toEqual({ ty: 0, cong: 1, nguyen: 2, transshipment: 2, '0100233488': 0, a570: 0 });
  });
});
