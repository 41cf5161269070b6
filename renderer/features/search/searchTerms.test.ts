import { describe, expect, it } from 'vitest';
import { parseQuery, searchTerms, transpositions } from './searchTerms';

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

  it('joins digits written with dots, so an HS code is one term with or without them', () => {
    expect(searchTerms('HS 7604.29.10, aluminium')).toEqual(['hs', '76042910', 'aluminium']);
    expect(searchTerms('7604.29')).toEqual(searchTerms('760429'));
    expect(searchTerms('Art. 4. 7604.')).toEqual(['art', '4', '7604']);
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

  it('reads an HS code typed in groups of digits as one code', () => {
    expect(parseQuery('7604 29').map((t) => t.term)).toEqual(['760429']);
    expect(parseQuery('7604.29.10').map((t) => t.term)).toEqual(['76042910']);
    expect(parseQuery('2026 steel').map((t) => t.term)).toEqual(['2026', 'steel']);
  });

  it('looks up words with two neighbouring letters swapped, as one typo, never in numbers', () => {
    expect(transpositions('hnug')).toEqual(['nhug', 'hung', 'hngu']);
    expect(transpositions('loot')).toEqual(['olot', 'loto']);
    const [dinh, hnug] = parseQuery('Dinh Hnug');
    expect(dinh!.swaps).toContain('dihn');
    expect(hnug!.swaps).toContain('hung');
    expect(parseQuery('HLCU2609123 ty')[0]!.swaps).toEqual([]);
    expect(parseQuery('ty')[0]!.swaps).toEqual([]);
    // Three-letter words tolerate no other typo, but a swap, yes.
    expect(parseQuery('vna')[0]).toMatchObject({ fuzzy: 0, swaps: ['nva', 'van'] });
  });

  it('tolerates typos in longer words only, never in words with digits', () => {
    const fuzzy = Object.fromEntries(parseQuery('ty cong nguyen transshipment 0100233488 a570').map((t) => [t.term, t.fuzzy]));
    expect(fuzzy).toEqual({ ty: 0, cong: 1, nguyen: 2, transshipment: 2, '0100233488': 0, a570: 0 });
  });
});
