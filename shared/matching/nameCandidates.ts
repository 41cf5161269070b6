// Which listed names are worth scoring for a query name. Scoring (`compareCores`) is dear and a
// list holds 100k names, most sharing a common syllable with any query ("Minh"), so candidates are
// found from an upper bound of the score computed on word postings, and the bound is reached by
// walking as few postings as it can (prefix filtering: the commonest words are checked per name
// instead of walked). The names it answers are exactly those whose bound passes.
import type { NameAnalysis } from './analyzeName';
import { isTypoOf } from './compareNames';

/** Grows a name index; `seal` turns it into the searchable one once every name is in. */
export interface NameCandidatesBuilder {
  /** Adds the next name (numbered from 0 in the order added). */
  add(analysis: NameAnalysis): void;
  seal(): NameCandidates;
}

export interface NameCandidates {
  /** The numbers of the names whose bound of the score reaches `minScore` (less the country bonus), in ascending order. */
  candidates(q: NameAnalysis, minScore: number): number[];
}

/**
 * One of the query's words (or its adjacent words written as one), with every way a listed name
 * may meet it: the same word, its words written as one ("dinh hung" / "dinhhung"), or a typo. A
 * name counts a group's letters once, the first way it meets it.
 */
interface WordGroup {
  /** The word's id among the names' own words, -1 if no name has it. */
  word: number;
  /** The word's id among the names' joined keys, -1 if none (or for a joined query key). */
  joined: number;
  /** Ids of the names' own words that are a typo of it. */
  typos: number[];
  length: number;
  /** How often the query says the word ("Long Long"). */
  times: number;
  /** The most letters it can add to one name. */
  letters: number;
  postings: Int32Array[];
  size: number;
}

/** Builds a name index: own words and joined keys get ids, each with its postings and each name with its ids. */
export function nameCandidatesBuilder(): NameCandidatesBuilder {
  const wordIds = new Map<string, number>();
  const wordPostings: number[][] = [];
  const joinedIds = new Map<string, number>();
  const joinedPostings: number[][] = [];
  /** Own words by each of their one-letter deletions: a typo's way to the word it misspells. */
  const byDeletion = new Map<string, string[]>();
  const nameWords: number[] = [];
  const nameWordStart: number[] = [0];
  const nameJoined: number[] = [];
  const nameJoinedStart: number[] = [0];
  const lettersOf: number[] = [];

  const idOf = (ids: Map<string, number>, postings: number[][], key: string) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = postings.push([]) - 1;
      ids.set(key, id);
    }
    return id;
  };

  return {
    add(analysis) {
      const n = lettersOf.push(ownLetters(analysis)) - 1;
      for (const word of analysis.core) {
        const known = wordIds.has(word);
        const id = idOf(wordIds, wordPostings, word);
        if (!known) for (const d of deletions(word)) push(byDeletion, d, word);
        const postings = wordPostings[id]!;
        if (postings.at(-1) !== n) postings.push(n);
        nameWords.push(id);
      }
      nameWordStart.push(nameWords.length);
      for (const key of joinedKeys(analysis)) {
        const id = idOf(joinedIds, joinedPostings, key);
        joinedPostings[id]!.push(n);
        nameJoined.push(id);
      }
      nameJoinedStart.push(nameJoined.length);
    },
    seal() {
      return searchable({
        wordIds,
        wordPostings: wordPostings.map((p) => Int32Array.from(p)),
        joinedIds,
        joinedPostings: joinedPostings.map((p) => Int32Array.from(p)),
        byDeletion,
        nameWords: Int32Array.from(nameWords),
        nameWordStart: Int32Array.from(nameWordStart),
        nameJoined: Int32Array.from(nameJoined),
        nameJoinedStart: Int32Array.from(nameJoinedStart),
        lettersOf: Int32Array.from(lettersOf),
      });
    },
  };
}

interface Sealed {
  wordIds: ReadonlyMap<string, number>;
  wordPostings: readonly Int32Array[];
  joinedIds: ReadonlyMap<string, number>;
  joinedPostings: readonly Int32Array[];
  byDeletion: ReadonlyMap<string, readonly string[]>;
  nameWords: Int32Array;
  nameWordStart: Int32Array;
  nameJoined: Int32Array;
  nameJoinedStart: Int32Array;
  lettersOf: Int32Array;
}

function searchable(index: Sealed): NameCandidates {
  const { wordIds, wordPostings, joinedIds, joinedPostings, byDeletion, nameWords, nameWordStart, nameJoined, nameJoinedStart, lettersOf } = index;
  const stamp = new Int32Array(lettersOf.length).fill(-1);
  const touched = new Int32Array(lettersOf.length);
  let search = 0;

  /** The letters a name gets from `g`: the same word as often as both say it, the rest by a join or a typo. */
  function reach(g: WordGroup, n: number): number {
    let same = 0;
    let typo = false;
    for (let i = nameWordStart[n]!; i < nameWordStart[n + 1]!; i++) {
      const id = nameWords[i]!;
      if (id === g.word) same++;
      else if (!typo && g.typos.length > 0 && g.typos.includes(id)) typo = true;
    }
    if (same >= g.times) return g.length * g.times;
    // A typo counts 0.9 of the longer word: at most two letters longer than the query's.
    let other = typo ? g.length + 2 : 0;
    if (other === 0 && g.joined >= 0) {
      for (let i = nameJoinedStart[n]!; i < nameJoinedStart[n + 1]!; i++) {
        if (nameJoined[i] === g.joined) {
          other = g.length;
          break;
        }
      }
    }
    return g.length * same + other * (g.times - same);
  }

  /** The listed words each query word may be a typo of. Names repeat their words, so each is looked up once (a bounded memo). */
  const typosMemo = new Map<string, number[]>();
  function typosOf(word: string): number[] {
    let typos = typosMemo.get(word);
    if (typos) return typos;
    const found = new Set<number>();
    for (const d of deletions(word)) {
      for (const other of byDeletion.get(d) ?? []) if (other !== word && isTypoOf(word, other)) found.add(wordIds.get(other)!);
    }
    typos = [...found];
    if (typosMemo.size >= 20_000) typosMemo.clear();
    typosMemo.set(word, typos);
    return typos;
  }

  function groupsOf(q: NameAnalysis): WordGroup[] {
    const groups: WordGroup[] = [];
    for (const word of new Set(q.core)) {
      const typos = typosOf(word);
      const id = wordIds.get(word) ?? -1;
      const joined = joinedIds.get(word) ?? -1;
      const times = q.core.reduce((k, w) => k + (w === word ? 1 : 0), 0);
      const postings = [id >= 0 ? wordPostings[id]! : null, joined >= 0 ? joinedPostings[joined]! : null, ...typos.map((t) => wordPostings[t]!)].filter((p) => p !== null);
      const letters = (typos.length > 0 ? word.length + 2 : word.length) * times;
      groups.push({ word: id, joined, typos, length: word.length, times, letters, postings, size: postings.reduce((s, p) => s + p.length, 0) });
    }
    // The query's adjacent words written as one meet a name's single word ("dinh hung" / "dinhhung").
    for (const key of joinedKeys(q)) {
      const id = wordIds.get(key);
      if (id === undefined) continue;
      const postings = [wordPostings[id]!];
      groups.push({ word: id, joined: -1, typos: [], length: key.length, times: 1, letters: key.length, postings, size: postings[0]!.length });
    }
    return groups;
  }

  return {
    candidates(q, minScore) {
      // The bound: the letters of the query's groups a name meets over the longer name's own
      // letters, against the threshold less the country bonus (the score decides the rest).
      const bound = minScore - 0.05;
      const groups = groupsOf(q).sort((a, b) => b.size - a.size);
      const queryLetters = Math.max(1, ownLetters(q));
      // A name met only by the commonest groups, whose letters together fall short of the bound,
      // cannot pass: walk only the others' postings, and ask each name found about the rest.
      let skipped = 0;
      let skippedLetters = 0;
      while (skipped < groups.length && (skippedLetters + groups[skipped]!.letters) / queryLetters < bound) skippedLetters += groups[skipped++]!.letters;
      const total = groups.reduce((s, g) => s + g.letters, 0);

      search++;
      let count = 0;
      for (let g = skipped; g < groups.length; g++) {
        for (const postings of groups[g]!.postings) {
          for (let i = 0; i < postings.length; i++) {
            const n = postings[i]!;
            if (stamp[n] === search) continue;
            stamp[n] = search;
            touched[count++] = n;
          }
        }
      }
      // Each name found is asked about the groups, most letters first, and left as soon as what
      // remains could not lift it to the bound.
      const byLetters = [...groups].sort((a, b) => b.letters - a.letters);
      const worth: number[] = [];
      for (let i = 0; i < count; i++) {
        const n = touched[i]!;
        // Compared as a share, as the score is: a name exactly at the bound is kept.
        const longer = Math.max(queryLetters, lettersOf[n]!);
        let open = total;
        let reached = 0;
        for (let g = 0; g < byLetters.length && (reached + open) / longer >= bound; g++) {
          const group = byLetters[g]!;
          open -= group.letters;
          reached += reach(group, n);
        }
        if (reached / longer >= bound) worth.push(n);
      }
      // In the order the names were added: of an entry's names scoring alike, its primary name
      // is the one a hit cites, whichever postings found it first.
      return worth.sort((a, b) => a - b);
    },
  };
}

/** The fewest letters a name's own words can count: an unmarked word that may be a goods word ("nhom") may be forgiven. */
export function ownLetters(a: NameAnalysis): number {
  return a.core.reduce((n, w) => n + (a.maybeGoods.has(w) ? 0 : w.length), 0);
}

/** Two or three adjacent own words written as one, and the whole name (Dinh Hung → dinhhung): a name split or joined otherwise meets there. */
function joinedKeys(a: NameAnalysis): string[] {
  const keys = new Set<string>();
  if (a.core.length > 1) keys.add(a.joined);
  for (let i = 0; i + 1 < a.core.length; i++) {
    keys.add(a.core[i]! + a.core[i + 1]!);
    if (i + 2 < a.core.length) keys.add(a.core[i]! + a.core[i + 1]! + a.core[i + 2]!);
  }
  return [...keys];
}

/** The word with one letter dropped, each way (a typo's lookup, as SymSpell does); words under three letters take no typo. */
function deletions(word: string): string[] {
  if (word.length < 3) return [];
  const out = new Set<string>([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
