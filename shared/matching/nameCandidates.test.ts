import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeName } from './analyzeName';
import { compareCores } from './compareNames';
import { nameCandidatesBuilder } from './nameCandidates';

// Syllables that meet in every way the search knows: shared words, joins (dinh + hung =
// dinhhung), typos of non-syllables (truogn), repeats (long long), goods words that may be own
// words (nhom, dong), pinyin.
const words = ['dinh', 'hung', 'dinhhung', 'truong', 'truogn', 'son', 'long', 'kim', 'minh', 'nhom', 'dong', 'a', 'thanh', 'thinh', 'rui', 'da', 'ruida', 'nguyen', 'nguyne', 'phat'];
const wordOf = fc.constantFrom(...words);
const name = fc.array(wordOf, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));

describe('nameCandidates', () => {
  it('leaves out no listed name whose own words could score at the threshold (prefix filtering loses nothing)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 60 }), name, fc.constantFrom(0.5, 0.7, 0.8, 0.9), (listed, query, minScore) => {
        const builder = nameCandidatesBuilder();
        const analyses = listed.map((text) => analyzeName(text)).filter((a) => a.core.length > 0);
        for (const a of analyses) builder.add(a);
        const q = analyzeName(query);
        const found = new Set(builder.seal().candidates(q, minScore));
        // The country bonus (+0.05) is the only thing that raises a score above its own words'.
        const couldPass = analyses.flatMap((a, n) => (compareCores(q, a).score + 0.05 >= minScore ? [n] : []));
        for (const n of couldPass) expect(found, `${query} / ${analyses[n]!.name}`).toContain(n);
      }),
      {
        numRuns: 400,
        // The ways a name meets that random lists seldom hit: one word against its syllables written
        // apart and the other way, a repeated word met once and by a typo, a typo of a non-syllable.
        examples: [
          [['dinh hung', 'minh'], 'dinhhung', 0.8],
          [['dinhhung', 'minh'], 'dinh hung', 0.8],
          [['long truogn', 'long'], 'long long truong', 0.7],
          [['nguyne phat'], 'nguyen phat', 0.8],
          [['rui da kim'], 'ruida kim', 0.8],
          // Syllables apart in the name ("rui … da") are not one word of the query's.
          [['rui dinhhung da', 'dinh'], 'ruida dinhhung truong', 0.5],
        ],
      },
    );
  });

  it('answers in the order the names were added, so an entry\'s primary name is the one cited on a tie', () => {
    const builder = nameCandidatesBuilder();
    for (const text of ['Minh Phat Trading', 'Kim Long', 'Minh Phat', 'Phat Minh']) builder.add(analyzeName(text));
    const found = builder.seal().candidates(analyzeName('Minh Phat'), 0.8);
    expect(found).toEqual([0, 2, 3]);
  });

  it('does not score a name that shares only one common word with the query', () => {
    const builder = nameCandidatesBuilder();
    for (const text of ['Minh Anh', 'Minh Chau', 'Thanh Minh Long']) builder.add(analyzeName(text));
    expect(builder.seal().candidates(analyzeName('Minh Phat'), 0.8)).toEqual([]);
  });
});
