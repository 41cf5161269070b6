import type { RiskCategory, RiskEntry, RiskEntryStatus, RiskLevel } from '../../../../shared/domain';
import { foldName } from '../../../../shared/matching';

/** What the entries browser narrows by; null = any. */
export interface EntryFilter {
  text: string;
  category: RiskCategory | null;
  level: RiskLevel | null;
  status: RiskEntryStatus | null;
  country: string | null;
}

export const emptyEntryFilter: EntryFilter = { text: '', category: null, level: null, status: null, country: null };

/** The countries an entry is about: where it is, its claimed and suspected origins, its transit. */
export function entryCountries(entry: RiskEntry): string[] {
  return [...entry.addresses.map((a) => a.country), entry.claimedOrigin, entry.suspectedOrigin, ...entry.transitCountries].filter((c) => c !== '');
}

/**
 * Names, reference, HS code and identifiers folded once (and padded with spaces, so a typed word
 * matches the start of a word), so typing in the filter scans 100k entries quickly.
 */
export function searchableText(entry: RiskEntry): string {
  return ` ${foldName(
    [entry.sourceRef, entry.primaryName, entry.primaryNameLatin, ...entry.aliases.flatMap((a) => [a.name, a.nameLatin]), entry.hsCode, entry.goodsDescription, ...entry.identifiers.map((i) => i.value)].join(' '),
  )} `;
}

/** The entries that pass `filter`, in list order; `texts` are the entries' `searchableText` (read only when the filter has words). */
export function filterEntries(entries: readonly RiskEntry[], texts: readonly string[], filter: EntryFilter): RiskEntry[] {
  const words = foldName(filter.text).split(/\s+/).filter(Boolean);
  return entries.filter(
    (e, i) =>
      (filter.category === null || e.riskCategories.includes(filter.category)) &&
      (filter.level === null || e.riskLevel === filter.level) &&
      (filter.status === null || e.status === filter.status) &&
      (filter.country === null || entryCountries(e).includes(filter.country)) &&
      words.every((w) => texts[i]!.includes(` ${w}`)),
  );
}
