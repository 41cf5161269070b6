import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchLimits } from './SearchIndex';
import { searchTypes, type SearchDocument, type SearchType } from './searchTypes';

const everyType: SearchLimits = Object.fromEntries(searchTypes.map((t) => [t, 10]));

function doc(type: SearchType, id: string, title: string, over: Partial<SearchDocument> = {}): SearchDocument {
  return { type, id, title, detail: '', caseId: null, date: null, primary: [title], secondary: [], body: [], ...over };
}

const caseA = doc('case', 'c1', 'Plywood transshipment via Hải Phòng', { detail: '2026-HN-0001', caseId: 'c1', primary: ['Plywood transshipment via Hải Phòng', '2026-HN-0001'] });
const caseB = doc('case', 'c2', 'Steel wire undervaluation', { detail: '2026-HN-0002', caseId: 'c2', primary: ['Steel wire undervaluation', '2026-HN-0002'], secondary: ['Nguyễn Văn Cẩn'] });
const party = doc('party', 'p1', 'Công ty TNHH Thép Việt', { caseId: 'c2', secondary: ['0100233488'] });
const contact = doc('contact', 'k1', 'Nguyễn Văn Cẩn', { detail: 'Deputy Director, GDVC' });
const risk = doc('riskEntry', 'r1', 'Cong ty Co phan Go Viet', { body: ['Plywood cores from a third country'] });

function indexOf(...docs: SearchDocument[]): SearchIndex {
  const index = new SearchIndex();
  index.upsert(docs);
  return index;
}

const titles = (index: SearchIndex, query: string, limits = everyType) =>
  index.search(query, limits).groups.flatMap((g) => g.hits.map((h) => h.title));

describe('SearchIndex', () => {
  const index = indexOf(caseA, caseB, party, contact, risk);

  it('finds Vietnamese text typed without diacritics', () => {
    expect(titles(index, 'nguyen van can')).toEqual(['Steel wire undervaluation', 'Nguyễn Văn Cẩn']);
    expect(titles(index, 'cong ty tnhh')).toEqual(['Công ty TNHH Thép Việt']);
    expect(titles(index, 'hai phong')).toEqual(['Plywood transshipment via Hải Phòng']);
  });

  it('finds what is typed with diacritics, or decomposed', () => {
    expect(titles(index, 'Cẩn')).toEqual(titles(index, 'can'));
    expect(titles(index, 'Thép Việt'.normalize('NFD'))).toEqual(['Công ty TNHH Thép Việt']);
  });

  it('matches the word being typed as a prefix', () => {
    expect(titles(index, 'cong ty tn')).toEqual(['Công ty TNHH Thép Việt']);
    expect(titles(index, 'plyw')).toEqual(['Plywood transshipment via Hải Phòng', 'Cong ty Co phan Go Viet']);
    expect(titles(index, '2026-hn-000')).toEqual(['Plywood transshipment via Hải Phòng', 'Steel wire undervaluation'].reverse());
  });

  it('tolerates typos in longer words, not in numbers', () => {
    expect(titles(index, 'plywod')).toContain('Plywood transshipment via Hải Phòng');
    expect(titles(index, 'nguyne van can')).toContain('Nguyễn Văn Cẩn');
    expect(titles(index, '0100233489')).toEqual([]);
    expect(titles(index, '0100233488')).toEqual(['Công ty TNHH Thép Việt']);
  });

  it('counts two swapped neighbouring letters as one typo', () => {
    const people = indexOf(
      doc('contact', 'h1', 'Đinh Hùng'),
      doc('party', 'h2', 'Dinh Hung Trading'),
      doc('contact', 'h3', 'Đinh Hoa'),
      doc('case', 'h4', 'Transshipment of honey'),
    );
    expect(titles(people, 'Dinh Hnug')).toEqual(['Dinh Hung Trading', 'Đinh Hùng']);
    expect(titles(people, 'Dinh Hugn')).toEqual(['Dinh Hung Trading', 'Đinh Hùng']);
    expect(titles(people, 'Dihn Hung')).toEqual(['Dinh Hung Trading', 'Đinh Hùng']);
    expect(titles(indexOf(caseB), 'nguyen vna can')).toEqual(['Steel wire undervaluation']);
    // A swap and another typo in a long word: still within its two edits.
    expect(titles(people, 'trasnshipmemt')).toEqual(['Transshipment of honey']);
    // An exact word still ranks above a swapped one.
    const ranked = indexOf(doc('case', 'a', 'Hugn Lot'), doc('case', 'b', 'Hung Lot'));
    expect(titles(ranked, 'hugn')).toEqual(['Hugn Lot', 'Hung Lot']);
  });

  it('needs every word to match', () => {
    expect(titles(index, 'plywood steel')).toEqual([]);
    expect(titles(index, 'zzz')).toEqual([]);
    expect(index.search('  ', everyType)).toEqual({ query: '  ', terms: [], groups: [] });
  });

  it('groups results by type in a fixed order, with counts and limits', () => {
    const results = index.search('viet', { case: 5, party: 5, riskEntry: 1 });
    expect(results.groups.map((g) => [g.type, g.total, g.hits.length])).toEqual([
      ['party', 1, 1],
      ['riskEntry', 1, 1],
    ]);
    const countOnly = index.search('nguyen', { case: 5 });
    expect(countOnly.groups.map((g) => [g.type, g.total, g.hits.length])).toEqual([
      ['case', 1, 1],
      ['contact', 1, 0],
    ]);
  });

  it('ranks a title match above a body match, an exact word above a prefix', () => {
    expect(titles(index, 'plywood')).toEqual(['Plywood transshipment via Hải Phòng', 'Cong ty Co phan Go Viet']);
    const exact = indexOf(doc('case', 'a', 'Cans of paint'), doc('case', 'b', 'Can Tho port'));
    expect(titles(exact, 'can')[0]).toBe('Can Tho port');
  });

  it("names the case a result belongs to by the case's reference", () => {
    const [hit] = index.search('0100233488', everyType).groups[0]!.hits;
    expect(hit).toMatchObject({ type: 'party', caseId: 'c2', caseReference: '2026-HN-0002' });
  });

  it('returns the folded query terms for highlighting', () => {
    expect(index.search('Nguyễn  VĂN', everyType).terms).toEqual(['nguyen', 'van']);
  });
});

describe('SearchIndex updates', () => {
  it('replaces a changed document and forgets its old words', () => {
    const index = indexOf(caseA);
    index.upsert([{ ...caseA, title: 'Honey from Đồng Tháp', primary: ['Honey from Đồng Tháp'] }]);
    expect(titles(index, 'plywood')).toEqual([]);
    expect(titles(index, 'dong thap')).toEqual(['Honey from Đồng Tháp']);
    expect(index.size).toBe(1);
  });

  it('removes documents by id', () => {
    const index = indexOf(caseA, caseB);
    index.remove('case', ['c1', 'unknown']);
    expect(titles(index, 'hn')).toEqual(['Steel wire undervaluation']);
    expect(index.size).toBe(1);
  });

  it('sweeps what a full reload of a type did not see, and only that type', () => {
    const index = indexOf(caseA, caseB, party);
    index.upsert([caseB], 7);
    index.sweep('case', 7);
    expect(titles(index, 'hn')).toEqual(['Steel wire undervaluation']);
    expect(titles(index, 'cong ty')).toEqual(['Công ty TNHH Thép Việt']);
  });

  it('stays correct through compaction after many replacements', () => {
    const index = new SearchIndex();
    const many = Array.from({ length: 3000 }, (_, i) => doc('case', `c${i}`, `Lot ${i} of plywood`));
    for (let round = 0; round < 4; round++) {
      index.upsert(many.map((d) => ({ ...d, primary: [`${d.title} round${round}`] })));
    }
    expect(index.size).toBe(3000);
    expect(index.search('round3', { case: 1 }).groups[0]!.total).toBe(3000);
    expect(index.search('round1', { case: 1 }).groups).toEqual([]);
    expect(titles(index, 'lot 2999 round3', { case: 5 })).toEqual(['Lot 2999 of plywood']);
  });
});
