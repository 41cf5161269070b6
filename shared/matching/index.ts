// The screening engine (issue 13): pure and public. `buildScreeningIndex` reads the entries of
// the active lists once; the index then screens a company (names, aliases, Latin names, country,
// identifiers) or a declared HS code, each hit with a score and the reasons an officer reads.
import type { RiskEntry } from '../domain/riskEntry';
import { analyzeName, type NameAnalysis } from './analyzeName';
import { compareCores, isTypoOf } from './compareNames';
import { describeReason } from './describeReason';
import type { ExplainedHit, HitReason, NameVia } from './hitReason';
import { broaderLevels, hsDigits } from './hsCodes';
import { identifierKeys, type IdentifierInput } from './identifiers';

export type Hit = { entryId: string; score: number /* 0..1 */; reasons: string[] /* human-readable */ };

export interface CompanyQuery {
  name: string;
  country?: string;
  identifiers?: { scheme: string; value: string }[];
}

export interface ScreenOptions {
  /** At most this many hits, best first (default 20). */
  limit?: number;
  /** Hits scoring below are left out (default `defaultMinScore`). */
  minScore?: number;
}

export interface ScreeningIndex {
  screenCompany(query: CompanyQuery, options?: ScreenOptions): Hit[];
  screenHsCode(code: string): Hit[];
  /** `screenCompany`'s hits, the same and in the same order, with their reasons as data. */
  explainCompany(query: CompanyQuery, options?: ScreenOptions): ExplainedHit[];
  /** `screenHsCode`'s hits, the same and in the same order, with their reasons as data. */
  explainHsCode(code: string): ExplainedHit[];
  /** How many entries the index holds. */
  readonly size: number;
}

/** The score from which a name is reported as the listed company (see the evaluation set's test). */
export const defaultMinScore = 0.8;

export { analyzeName, type NameAnalysis } from './analyzeName';
export { foldName } from './foldName';
export { describeReason } from './describeReason';
export type { ExplainedHit, HitReason, NameVia } from './hitReason';
export { screenCase, type CaseHit, type ScreenCaseOptions, type ScreenedGoodsLine, type ScreenedParty } from './screenCase';
export { compareCaseScreenings, type CaseScreeningChange } from './screeningChanges';

interface IndexedName {
  entry: number;
  via: NameVia;
  analysis: NameAnalysis;
}

/** Builds the index of `entries` (of every active list); entries that name no company or HS code are skipped by the matching half. */
export function buildScreeningIndex(entries: readonly RiskEntry[]): ScreeningIndex {
  const names: IndexedName[] = [];
  /** Name numbers by each own word. */
  const byWord = new Map<string, number[]>();
  /** Name numbers by adjacent own words written as one ("dinhhung"), the whole name too. */
  const byJoined = new Map<string, number[]>();
  /** Own words by each of their one-letter deletions: a typo's way to the word it misspells. */
  const byDeletion = new Map<string, string[]>();
  const byIdentifier = new Map<string, { entry: number; label: string; viaBranch: boolean }[]>();
  const byHsCode = new Map<string, number[]>();
  const byHsPrefix = new Map<string, number[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };

  entries.forEach((entry, e) => {
    if (entry.subjectType !== 'goods') {
      const written: [NameVia, string][] = [
        ['name', entry.primaryName],
        ['latinName', entry.primaryNameLatin],
        ...entry.aliases.flatMap((a): [NameVia, string][] => [
          ['alias', a.name],
          ['alias', a.nameLatin],
        ]),
      ];
      for (const [via, text] of written) {
        if (text.trim() === '') continue;
        const analysis = analyzeName(text);
        if (analysis.core.length === 0) continue;
        const n = names.push({ entry: e, via, analysis }) - 1;
        for (const word of new Set(analysis.core)) {
          if (!byWord.has(word)) for (const d of deletions(word)) push(byDeletion, d, word);
          push(byWord, word, n);
        }
        for (const key of joinedKeys(analysis)) push(byJoined, key, n);
      }
      for (const id of entry.identifiers) for (const k of identifierKeys(id)) push(byIdentifier, k.key, { entry: e, label: k.label, viaBranch: k.viaBranch });
    }
    const digits = hsDigits(entry.hsCode);
    if (digits !== '') {
      push(byHsCode, digits, e);
      for (const broader of broaderLevels(digits)) push(byHsPrefix, broader, e);
    }
  });

  const countriesOf = entries.map((entry) => new Set(entry.addresses.map((a) => a.country).filter((c) => c !== '')));
  const lettersOf = Int32Array.from(names, (n) => ownLetters(n.analysis));
  const reached = new Float64Array(names.length);
  const stamp = new Int32Array(names.length).fill(-1);
  const keyStamp = new Int32Array(names.length).fill(-1);
  let search = 0;
  let keySearch = 0;

  /**
   * The names worth scoring for `q`: those its own words (or their typos, or their spellings
   * joined) reach with enough letters that the score could still pass `minScore`; a name sharing
   * one common word with the query ("Minh") is not scored.
   */
  function candidates(q: NameAnalysis, minScore: number): number[] {
    search++;
    const touched: number[] = [];
    const add = (n: number, letters: number) => {
      if (stamp[n] !== search) {
        stamp[n] = search;
        reached[n] = 0;
        touched.push(n);
      }
      reached[n] = reached[n]! + letters;
    };
    const reach = (postings: readonly number[] | undefined, letters: number) => {
      for (const n of postings ?? []) {
        if (keyStamp[n] === keySearch) continue;
        keyStamp[n] = keySearch;
        add(n, letters);
      }
    };
    // Each of the query's words meets a name's word, or its words written as one ("dinhhung"),
    // or a typo of a word; the query's words written as one meet a name's single word. So no
    // letters are counted twice for one name, and the bound stays close.
    for (const word of new Set(q.core)) {
      keySearch++;
      // A word the query repeats ("Thành Thành") may meet the name's twice.
      const letters = word.length * q.core.filter((w) => w === word).length;
      reach(byWord.get(word), letters);
      reach(byJoined.get(word), letters);
      const typoWords = new Set<string>();
      for (const d of deletions(word)) for (const other of byDeletion.get(d) ?? []) if (other !== word && isTypoOf(word, other)) typoWords.add(other);
      // A typo counts 0.9 of the longer word: at most two letters longer than the query's.
      for (const other of typoWords) reach(byWord.get(other), letters + 2);
    }
    for (const key of joinedKeys(q)) {
      keySearch++;
      reach(byWord.get(key), key.length);
    }
    const qLetters = ownLetters(q);
    // An upper bound of the score (keys overlap, so a word may count twice): only what cannot reach
    // the threshold, country bonus included, is left out; the score decides the rest.
    return touched.filter((n) => reached[n]! / Math.max(1, qLetters, lettersOf[n]!) >= minScore - 0.05);
  }

  function explainCompany(query: CompanyQuery, options: ScreenOptions = {}): ExplainedHit[] {
    const limit = options.limit ?? 20;
    const minScore = options.minScore ?? defaultMinScore;
    const best = new Map<number, { score: number; reasons: () => HitReason[] }>();
    const offer = (entry: number, score: number, reasons: () => HitReason[]) => {
      const held = best.get(entry);
      if (!held || score > held.score) best.set(entry, { score, reasons });
    };

    for (const id of query.identifiers ?? []) {
      for (const k of identifierKeys(id)) {
        for (const found of byIdentifier.get(k.key) ?? []) {
          offer(found.entry, 1, () => [{ kind: 'identifier', ...labelled(k.label), listedValue: labelled(found.label).value, viaBranch: k.viaBranch || found.viaBranch }]);
        }
      }
    }

    if (query.name.trim() !== '') {
      const q = analyzeName(query.name);
      for (const n of candidates(q, minScore)) {
        const named = names[n]!;
        const scored = scoreName(q, named, query.country ?? '', countriesOf[named.entry]!);
        if (scored) offer(named.entry, scored.score, scored.reasons);
      }
    }

    return [...best]
      .filter(([, hit]) => hit.score >= minScore)
      .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
      .slice(0, limit)
      .map(([e, hit]) => ({ entryId: entries[e]!.id, score: round(hit.score), reasons: hit.reasons() }));
  }

  function explainHsCode(code: string): ExplainedHit[] {
    const digits = hsDigits(code);
    if (digits === '') return [];
    const hits = new Map<number, ExplainedHit>();
    // A listed code at the declared one's level or above catches it: a listed heading, its subheadings and national lines.
    for (const listed of [digits, ...broaderLevels(digits)]) {
      for (const e of byHsCode.get(listed) ?? []) {
        const reason: HitReason = { kind: 'hsCode', match: listed === digits ? 'exact' : 'covers', listed, declared: digits };
        if (!hits.has(e)) hits.set(e, { entryId: entries[e]!.id, score: 1, reasons: [reason] });
      }
    }
    // A listed code finer than the declared one: only part of the declared heading is listed.
    for (const e of byHsPrefix.get(digits) ?? []) {
      if (hits.has(e)) continue;
      const listed = hsDigits(entries[e]!.hsCode);
      const share = digits.length / listed.length;
      hits.set(e, { entryId: entries[e]!.id, score: round(0.5 * share + 0.2), reasons: [{ kind: 'hsCode', match: 'partial', listed, declared: digits }] });
    }
    return [...hits.values()].sort((a, b) => b.score - a.score);
  }

  return {
    screenCompany: (query, options) => inEnglish(explainCompany(query, options)),
    screenHsCode: (code) => inEnglish(explainHsCode(code)),
    explainCompany,
    explainHsCode,
    size: entries.length,
  };
}

const inEnglish = (hits: ExplainedHit[]): Hit[] => hits.map((h) => ({ entryId: h.entryId, score: h.score, reasons: h.reasons.map(describeReason) }));

/** An identifier key's label is "<scheme> <normalised value>" (`identifierKeys`); a scheme has no space. */
function labelled(label: string): { scheme: string; value: string } {
  const space = label.indexOf(' ');
  return { scheme: label.slice(0, space), value: label.slice(space + 1) };
}

/** The fewest letters a name's own words can count: an unmarked word that may be a goods word ("nhom") may be forgiven. */
function ownLetters(a: NameAnalysis): number {
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

/**
 * Scores a query name against one listed name: the own words (`compareCores`), then what
 * confirms or contradicts it: goods words (Steel vs Aluminium), legal form, the Chinese place
 * leading a name, the country. Answers null when the own words do not meet.
 */
function scoreName(q: NameAnalysis, listed: IndexedName, queryCountry: string, entryCountries: ReadonlySet<string>): { score: number; reasons: () => HitReason[] } | null {
  const e = listed.analysis;
  const core = compareCores(q, e);
  if (core.score === 0) return null;
  // The reasons are written only for the hits reported (most names scored are not).
  const because: (() => HitReason | null)[] = [() => ({ kind: 'name', via: listed.via, name: q.name, listedName: e.name, matchedTokens: core.matched })];
  let score = core.score;
  if (core.typos > 0) because.push(() => ({ kind: 'typos', count: core.typos }));
  because.push(() => leftOver(q, e, core.matched));
  if (q.goods.size > 0 && e.goods.size > 0) {
    const agrees = overlaps(q.goods, e.goods);
    if (!agrees) score *= 0.75;
    because.push(() => ({ kind: 'goods', agrees, name: [...q.goods], listed: [...e.goods] }));
  }
  const formsQ = withoutGeneric(q.legalForms);
  const formsE = withoutGeneric(e.legalForms);
  if (formsQ.size > 0 && formsE.size > 0 && !overlaps(formsQ, formsE)) {
    score -= 0.05;
    because.push(() => ({ kind: 'legalForm', name: [...formsQ], listed: [...formsE] }));
  }
  if (q.places.size > 0 && e.places.size > 0 && !overlaps(q.places, e.places)) {
    score *= 0.7;
    because.push(() => ({ kind: 'place', name: [...q.places], listed: [...e.places] }));
  }
  const country = queryCountry.trim().toUpperCase();
  if (country !== '' && entryCountries.size > 0) {
    const agrees = entryCountries.has(country);
    score = agrees ? Math.min(1, score + 0.05) : score - 0.15;
    because.push(() => ({ kind: 'country', agrees, country, listed: [...entryCountries] }));
  }
  return { score: Math.max(0, score), reasons: () => because.map((say) => say()).filter((r) => r !== null) };
}

/** Which own words of either name found no partner, when some did not. */
function leftOver(q: NameAnalysis, e: NameAnalysis, matched: readonly string[]): HitReason | null {
  const used = new Set(matched.flatMap((m) => m.split(/ [=~] | /)));
  const onlyInName = q.core.filter((w) => !used.has(w));
  const onlyInListed = e.core.filter((w) => !used.has(w));
  return onlyInName.length === 0 && onlyInListed.length === 0 ? null : { kind: 'unmatchedWords', onlyInName, onlyInListed };
}

const overlaps = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));
/** Legal forms that tell companies apart: "company" and "group" say little. */
const withoutGeneric = (forms: ReadonlySet<string>) => new Set([...forms].filter((f) => f !== 'company' && f !== 'group' && f !== 'oneMember'));
const round = (v: number) => Math.round(v * 1000) / 1000;

export type { IdentifierInput };
