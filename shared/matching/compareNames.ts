import type { NameAnalysis } from './analyzeName';
import { isSyllabic } from './syllables';

/** How two names' own words met: the share of their letters that agree, and what it rests on. */
export interface NameComparison {
  /** 0..1: letters of the two cores matched (typos counted at 0.9), over the longer core. */
  score: number;
  /** Words that matched, as "truong", "dinh hung = dinhhung", "truogn ~ truong". */
  matched: string[];
  typos: number;
}

/** `editDistance`'s rows, kept between calls: scoring a name may look up a dozen typos. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Damerau–Levenshtein distance (adjacent transposition counts one), stopping above `max`. Three rolling rows: it runs for every typo looked up. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  if (rows[0].length < cols) rows = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)];
  let [before, previous, current] = rows;
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      current[j] = v;
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return previous[b.length]!;
}

/**
 * Whether `a` may be a typo of `b`: close in spelling (one edit, two in a word of eight letters or
 * more), and not two real syllables or pinyin words, which are two names (Thành / Thịnh, Ruida /
 * Ruide) however close.
 */
export function isTypoOf(a: string, b: string): boolean {
  if (a.length < 3 || b.length < 3) return false;
  // In a three-letter word only two letters swapped ("Kmi" for Kim): any other edit is another word.
  if (Math.min(a.length, b.length) === 3 && !(a.length === b.length && isSwap(a, b))) return false;
  const max = Math.min(a.length, b.length) >= 8 ? 2 : 1;
  if (editDistance(a, b, max) > max) return false;
  return !(isSyllabic(a) && isSyllabic(b));
}

/** `a` is `b` with two adjacent letters swapped. */
function isSwap(a: string, b: string): boolean {
  const i = [...a].findIndex((c, k) => c !== b[k]);
  return i >= 0 && i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Compares the own words of two names, in any order: equal words; a word of one written as two
 * or three of the other (DinhHung / Dinh Hung); then typos (`isTypoOf`), at most one in a short
 * name and two in a long one. A word left over on either side lowers the score: a longer name
 * that merely contains a listed one is another company.
 */
export function compareCores(q: NameAnalysis, e: NameAnalysis): NameComparison {
  // An unmarked word that may be a goods word the other name has ("NHOM KIM TIN" / Nhôm Kim Tín) is neither name's own.
  const left = placed(q.core).filter(({ word }) => !e.goods.has(q.maybeGoods.get(word) ?? ''));
  const right = placed(e.core).filter(({ word }) => !q.goods.has(e.maybeGoods.get(word) ?? ''));
  const total = Math.max(letters(left), letters(right));
  if (total === 0) return { score: 0, matched: [], typos: 0 };
  // One word against the other's words written apart ("DinhHung" / "Dinh Hung"); two different
  // splits of the same letters ("Anh An" / "An Hân") are two names.
  if (q.joined !== '' && q.joined === e.joined && (q.core.length === 1) !== (e.core.length === 1)) {
    return { score: 1, matched: [`${q.core.join(' ')} = ${e.core.join(' ')}`], typos: 0 };
  }
  let agreed = 0;
  const matched: string[] = [];
  // Equal words.
  for (let i = left.length - 1; i >= 0; i--) {
    const word = left[i]!.word;
    const j = right.findIndex((r) => r.word === word);
    if (j < 0) continue;
    agreed += word.length;
    matched.push(word);
    left.splice(i, 1);
    right.splice(j, 1);
  }
  // One word against two or three adjacent words of the other side, in either direction.
  agreed += joinWords(left, right, matched, false) + joinWords(right, left, matched, true);
  // Typos, within the budget.
  let typos = 0;
  const budget = total >= 10 ? 2 : 1;
  for (let i = left.length - 1; i >= 0 && typos < budget; i--) {
    const word = left[i]!.word;
    const j = right.findIndex((r) => isTypoOf(word, r.word));
    if (j < 0) continue;
    agreed += 0.9 * Math.max(word.length, right[j]!.word.length);
    matched.push(`${word} ~ ${right[j]!.word}`);
    typos++;
    left.splice(i, 1);
    right.splice(j, 1);
  }
  return { score: Math.min(1, agreed / total), matched: matched.reverse(), typos };
}

/** A name's own word and where it stands in the name: only words written side by side join. */
type Placed = { word: string; at: number };
const placed = (core: readonly string[]): Placed[] => core.map((word, at) => ({ word, at }));
const letters = (words: readonly Placed[]) => words.reduce((n, w) => n + w.word.length, 0);

/**
 * `parts[from]` … `parts[from + count - 1]` stood side by side in their name and written together
 * are `word` ("dinh hung" / "dinhhung"; "rui … da" around another word is not "ruida"). No
 * string is built: this runs for every name scored.
 */
function spells(word: string, parts: readonly Placed[], from: number, count: number): boolean {
  let at = 0;
  for (let k = from; k < from + count; k++) {
    const part = parts[k]!;
    if (k > from && part.at !== parts[k - 1]!.at + 1) return false;
    if (!word.startsWith(part.word, at)) return false;
    at += part.word.length;
  }
  return at === word.length;
}

/** Matches a word of `single` with 2–3 adjacent words of `split` that spell it; removes both. Answers the letters agreed. */
function joinWords(single: Placed[], split: Placed[], matched: string[], reversed: boolean): number {
  let agreed = 0;
  for (let i = single.length - 1; i >= 0; i--) {
    const word = single[i]!.word;
    let found = -1;
    let count = 0;
    for (let j = 0; j < split.length && found < 0; j++) {
      for (let n = 2; n <= 3 && j + n <= split.length; n++) {
        if (spells(word, split, j, n)) {
          found = j;
          count = n;
          break;
        }
      }
    }
    if (found < 0) continue;
    const parts = split
      .splice(found, count)
      .map((p) => p.word)
      .join(' ');
    single.splice(i, 1);
    agreed += word.length;
    matched.push(reversed ? `${parts} = ${word}` : `${word} = ${parts}`);
  }
  return agreed;
}
