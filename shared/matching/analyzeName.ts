import { foldWords, lowerName } from './foldName';
import { fillerWords, longestPhrase, markedGoodsWords, phraseConcepts, phraseStarts, placeMarkers, unmarkedGoodsWords, type Concept } from './nameVocabulary';

/** What a company name is made of, for comparing it with another. */
export interface NameAnalysis {
  /** The name as given. */
  name: string;
  /** The company's own words, folded, in order ("truong", "son"): what tells it from another. */
  core: string[];
  /** The core written as one word ("truongson"): names joined or split differently meet here. */
  joined: string;
  legalForms: ReadonlySet<string>;
  business: ReadonlySet<string>;
  goods: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  /** Places that lead a Chinese name (Guangzhou …), often dropped in translation. */
  places: ReadonlySet<string>;
  /** The name is a branch's ("Chi nhánh …", "… Branch"): its place is not part of the core. */
  branch: boolean;
  /** Own words written without marks that may be a goods word ("dong": Đồng, copper), by goods. */
  maybeGoods: ReadonlyMap<string, string>;
}

// Most names have no business word, country or place: they share these (an index holds 100k names).
const none: ReadonlySet<string> = new Set();
const noMaybe: ReadonlyMap<string, string> = new Map();
const orNone = (set: Set<string>): ReadonlySet<string> => (set.size === 0 ? none : set);

/**
 * Reads a company name into its own words and the vocabulary's concepts (legal form, business
 * and goods words, countries, branch), longest phrase first. A branch's place ("… tại Bình
 * Dương", "… – Binh Duong Branch") is dropped from the core: the branch is the company. A name
 * made only of vocabulary words ("Steel Trading Co., Ltd") keeps its business and goods words as
 * its core, so it is still a name.
 */
export function analyzeName(name: string): NameAnalysis {
  const pieces = name.split(/\s+[-–—]\s+|\s*[()]\s*/u);
  const words: { word: string; concept: Concept | null; piece: number }[] = [];
  const maybeGoods = new Map<string, string>();
  pieces.forEach((piece, p) => {
    const lower = lowerName(piece);
    const marked = lower.split(' ').filter(Boolean);
    // Folded whole, once (an index folds 100k names); a stray mark that folds to nothing would
    // shift the words, so then each word is folded alone.
    const foldedWhole = foldWords(lower).split(' ').filter(Boolean);
    const tokens = foldedWhole.length === marked.length ? foldedWhole : marked.map(foldWords);
    for (let i = 0; i < tokens.length; ) {
      let matched = 0;
      for (let n = Math.min(longestPhrase, tokens.length - i); n > 0 && matched === 0; n--) {
        if (n > 1 && !phraseStarts.has(tokens[i]!)) continue;
        const concept = phraseConcepts.get(n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' '));
        if (concept) {
          words.push({ word: n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(''), concept, piece: p });
          matched = n;
        }
      }
      if (matched === 0) {
        const goods = markedGoodsWords.get(marked[i]!);
        const unmarked = marked[i] === tokens[i] ? unmarkedGoodsWords.get(tokens[i]!) : undefined;
        if (goods) words.push({ word: tokens[i]!, concept: { kind: 'goods', id: goods }, piece: p });
        else if (!fillerWords.has(tokens[i]!)) words.push({ word: tokens[i]!, concept: null, piece: p });
        if (unmarked) maybeGoods.set(tokens[i]!, unmarked);
        matched = 1;
      }
      i += matched;
    }
  });

  const branch = words.some((w) => w.concept?.kind === 'branch');
  let kept = words;
  if (branch) kept = dropBranchPlace(words);
  let core: string[] = [];
  const sets = { legalForm: new Set<string>(), business: new Set<string>(), goods: new Set<string>(), country: new Set<string>(), place: new Set<string>() };
  for (const w of kept) {
    if (!w.concept) core.push(w.word);
    else if (w.concept.kind !== 'branch') sets[w.concept.kind].add(w.concept.id);
  }
  if (core.length === 0) core = kept.filter((w) => w.concept?.kind === 'business' || w.concept?.kind === 'goods').map((w) => w.concept!.id);
  return {
    name,
    core,
    joined: core.join(''),
    legalForms: orNone(sets.legalForm),
    business: orNone(sets.business),
    goods: orNone(sets.goods),
    countries: orNone(sets.country),
    places: orNone(sets.place),
    branch,
    maybeGoods: maybeGoods.size === 0 ? noMaybe : maybeGoods,
  };
}

type Word = { word: string; concept: Concept | null; piece: number };

/**
 * "Chi nhánh Công ty TNHH X tại Bình Dương": the words after "tại" name the place. "X Co., Ltd –
 * Binh Duong Branch": the place is the words of the branch's piece (after the dash) before
 * "Branch"; without a dash, the plain words between the last legal form and "Branch".
 */
function dropBranchPlace(words: Word[]): Word[] {
  const marker = words.findIndex((w) => w.concept === null && placeMarkers.has(w.word));
  const firstBranch = words.findIndex((w) => w.concept?.kind === 'branch');
  if (marker > firstBranch && firstBranch >= 0) return words.slice(0, marker);
  const lastBranch = words.findLastIndex((w) => w.concept?.kind === 'branch');
  if (lastBranch === words.length - 1 || words.slice(lastBranch + 1).every((w) => w.concept !== null)) {
    const piece = words[lastBranch]!.piece;
    if (piece > 0) return words.filter((w) => w.piece !== piece || w.concept !== null);
    const lastForm = words.findLastIndex((w, i) => i < lastBranch && w.concept?.kind === 'legalForm');
    if (lastForm >= 0) return words.filter((w, i) => i <= lastForm || i > lastBranch || w.concept !== null);
  }
  return words;
}
