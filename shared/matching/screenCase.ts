import { codeUnitOrder } from './codeUnitOrder';
import type { HitReason } from './hitReason';
import type { ScreeningIndex } from './index';

/** What screening reads of a party (a `Party` record fits). */
export interface ScreenedParty {
  id: string;
  name: string;
  /** `''` when the name is already Latin. */
  nameLatin: string;
  /** ISO alpha-2 or `''`. */
  country: string;
  identifiers: readonly { scheme: string; value: string }[];
}

/** What screening reads of a goods line (a `GoodsLine` record fits). */
export interface ScreenedGoodsLine {
  id: string;
  /** `''` while the classification is unknown: such a line is not screened. */
  hsCode: string;
}

/** A case's record that meets a listed entry. */
export interface CaseHit {
  subjectTable: 'parties' | 'goods';
  subjectId: string;
  entryId: string;
  /** 0..1 */
  score: number;
  reasons: HitReason[];
}

export interface ScreenCaseOptions {
  /** The name threshold (default `defaultMinScore`). HS code hits are all kept, as `screenHsCode` gives them: a partial one scores lower and says so. */
  minScore?: number;
}

/**
 * Screens a case's parties (by name, then by Latin name, with country and identifiers) and goods
 * lines (by HS code) against the index. One hit per record and entry, the best; best first, then
 * by entry id, so the same case and lists give the same list.
 */
export function screenCase(
  index: ScreeningIndex,
  subject: { parties: readonly ScreenedParty[]; goods: readonly ScreenedGoodsLine[] },
  options: ScreenCaseOptions = {},
): CaseHit[] {
  // A case is screened whole, once: every listed match is reported, not the 20 best per name.
  const screen = { minScore: options.minScore, limit: Number.POSITIVE_INFINITY };
  const best = new Map<string, CaseHit>();
  const offer = (hit: CaseHit) => {
    const key = `${hit.subjectTable}\u0000${hit.subjectId}\u0000${hit.entryId}`;
    const held = best.get(key);
    if (!held || hit.score > held.score) best.set(key, hit);
  };

  for (const party of subject.parties) {
    const queries = [{ name: party.name, country: party.country, identifiers: [...party.identifiers] }];
    // The Latin name may be how the list writes a Chinese or Korean company; identifiers were asked already.
    if (party.nameLatin.trim() !== '' && party.nameLatin !== party.name) queries.push({ name: party.nameLatin, country: party.country, identifiers: [] });
    for (const query of queries) {
      for (const hit of index.explainCompany(query, screen)) offer({ subjectTable: 'parties', subjectId: party.id, ...hit });
    }
  }
  for (const line of subject.goods) {
    if (line.hsCode.trim() === '') continue;
    for (const hit of index.explainHsCode(line.hsCode)) offer({ subjectTable: 'goods', subjectId: line.id, ...hit });
  }

  return [...best.values()].sort(
    (a, b) => b.score - a.score || codeUnitOrder(a.entryId, b.entryId) || codeUnitOrder(a.subjectTable, b.subjectTable) || codeUnitOrder(a.subjectId, b.subjectId),
  );
}
