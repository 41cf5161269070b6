// The screening engine (issue 13): pure and public. `buildScreeningIndex` reads the entries of
// the active lists once; the index then screens a company (names, aliases, Latin names, country,
// identifiers) or a declared HS code, each hit with a score and the reasons an officer reads.
import type { RiskEntry } from '../domain/riskEntry';
import { analyzeName, type NameAnalysis } from './analyzeName';
import { compareCores } from './compareNames';
import { describeReason } from './describeReason';
import type { ExplainedHit, HitReason, NameVia } from './hitReason';
import { broaderLevels, hsDigits } from './hsCodes';
import { identifierKeys, type IdentifierInput } from './identifiers';
import { nameCandidatesBuilder } from './nameCandidates';

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
  const nameIndex = nameCandidatesBuilder();
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
        names.push({ entry: e, via, analysis });
        nameIndex.add(analysis);
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
  const { candidates } = nameIndex.seal();

  function explainCompany(query: CompanyQuery, options: ScreenOptions = {}): ExplainedHit[] {
    const limit = options.limit ?? 20;
    const minScore = options.minScore ?? defaultMinScore;
    const best = new Map<number, { score: number; indirect: number; reasons: () => HitReason[] }>();
    // Of an entry's names (or its identifier) meeting alike, the one met most directly, with the
    // fewest words joined or mistyped, is the one cited; then the first (the primary name).
    const offer = (entry: number, score: number, indirect: number, reasons: () => HitReason[]) => {
      const held = best.get(entry);
      if (!held || score > held.score || (score === held.score && indirect < held.indirect)) best.set(entry, { score, indirect, reasons });
    };

    for (const id of query.identifiers ?? []) {
      for (const k of identifierKeys(id)) {
        for (const found of byIdentifier.get(k.key) ?? []) {
          offer(found.entry, 1, 0, () => [{ kind: 'identifier', ...labelled(k.label), listedValue: labelled(found.label).value, viaBranch: k.viaBranch || found.viaBranch }]);
        }
      }
    }

    if (query.name.trim() !== '') {
      const q = analyzeName(query.name);
      for (const n of candidates(q, minScore)) {
        const named = names[n]!;
        const scored = scoreName(q, named, query.country ?? '', countriesOf[named.entry]!);
        if (scored) offer(named.entry, scored.score, scored.indirect, scored.reasons);
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

/**
 * Scores a query name against one listed name: the own words (`compareCores`), then what
 * confirms or contradicts it: goods words (Steel vs Aluminium), legal form, the Chinese place
 * leading a name, the country. Answers null when the own words do not meet. The reasons are
 * written only for the hits reported (most names scored are not), from the same checks.
 */
function scoreName(
  q: NameAnalysis,
  listed: IndexedName,
  queryCountry: string,
  entryCountries: ReadonlySet<string>,
): { score: number; indirect: number; reasons: () => HitReason[] } | null {
  const e = listed.analysis;
  const core = compareCores(q, e);
  if (core.score === 0) return null;
  const country = queryCountry.trim().toUpperCase();
  const checks = {
    goods: q.goods.size > 0 && e.goods.size > 0 ? overlaps(q.goods, e.goods) : null,
    legalFormsDiffer: differ(q.legalForms, e.legalForms, isDistinctiveForm),
    placesDiffer: differ(q.places, e.places, () => true),
    country: country !== '' && entryCountries.size > 0 ? entryCountries.has(country) : null,
  };
  let score = core.score;
  if (checks.goods === false) score *= 0.75;
  if (checks.legalFormsDiffer) score -= 0.05;
  if (checks.placesDiffer) score *= 0.7;
  if (checks.country !== null) score = checks.country ? Math.min(1, score + 0.05) : score - 0.15;
  const reasons = (): HitReason[] => {
    const because: (HitReason | null)[] = [{ kind: 'name', via: listed.via, name: q.name, listedName: e.name, matchedTokens: core.matched }];
    if (core.typos > 0) because.push({ kind: 'typos', count: core.typos });
    because.push(leftOver(q, e, core.matched));
    if (checks.goods !== null) because.push({ kind: 'goods', agrees: checks.goods, name: [...q.goods], listed: [...e.goods] });
    if (checks.legalFormsDiffer) because.push({ kind: 'legalForm', name: [...q.legalForms].filter(isDistinctiveForm), listed: [...e.legalForms].filter(isDistinctiveForm) });
    if (checks.placesDiffer) because.push({ kind: 'place', name: [...q.places], listed: [...e.places] });
    if (checks.country !== null) because.push({ kind: 'country', agrees: checks.country, country, listed: [...entryCountries] });
    return because.filter((r) => r !== null);
  };
  return { score: Math.max(0, score), indirect: core.matched.filter((m) => m.includes(' = ') || m.includes(' ~ ')).length, reasons };
}

/** Which own words of either name found no partner, when some did not. */
function leftOver(q: NameAnalysis, e: NameAnalysis, matched: readonly string[]): HitReason | null {
  const used = new Set(matched.flatMap((m) => m.split(/ [=~] | /)));
  const onlyInName = q.core.filter((w) => !used.has(w));
  const onlyInListed = e.core.filter((w) => !used.has(w));
  return onlyInName.length === 0 && onlyInListed.length === 0 ? null : { kind: 'unmatchedWords', onlyInName, onlyInListed };
}

const overlaps = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};
/** Legal forms that tell companies apart: "company" and "group" say little. */
const isDistinctiveForm = (form: string) => form !== 'company' && form !== 'group' && form !== 'oneMember';
/** Both names say something of the kind (of the forms `counts`) and share none of it. */
function differ(a: ReadonlySet<string>, b: ReadonlySet<string>, counts: (value: string) => boolean): boolean {
  let inA = false;
  for (const x of a) {
    if (!counts(x)) continue;
    if (b.has(x)) return false;
    inA = true;
  }
  if (!inA) return false;
  for (const x of b) if (counts(x)) return true;
  return false;
}
const round = (v: number) => Math.round(v * 1000) / 1000;

export type { IdentifierInput };
