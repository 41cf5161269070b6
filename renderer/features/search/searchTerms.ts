// From the file, not the domain index: this runs in the search worker, whose bundle would
// otherwise carry every zod schema of the domain (~150 kB) for one function.
import { foldVietnamese } from '../../../shared/domain/text';

// Plain ASCII text (most references, English titles) needs no Unicode folding, only lower case.
const asciiOnly = /^[ -~\t\n\r]*$/;
const wordChar = /[\p{L}\p{N}]/u;

/** Whether UTF-16 code unit `c` (of `text` at `i`) belongs to a word: a letter or digit in any script. */
function isWordUnit(text: string, c: number, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  // Surrogates: letters outside the BMP (rare CJK) stay in their word.
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return wordChar.test(text[i]!);
}

/**
 * The index terms of a text: folded for Vietnamese (`foldVietnamese`: marks stripped, đ → d,
 * lower case), then split into words of Unicode letters and digits. Folding first means
 * "Nguyễn" and "Nguyen", NFC or NFD, all give the term "nguyen"; it changes no word boundary,
 * since it only removes marks. A hand loop rather than a regex split: this runs over every word of
 * every record at unlock, and is ~3× faster.
 */
export function searchTerms(text: string): string[] {
  const folded = asciiOnly.test(text) ? text.toLowerCase() : foldVietnamese(text);
  const terms: string[] = [];
  let start = -1;
  for (let i = 0; i < folded.length; i++) {
    if (isWordUnit(folded, folded.charCodeAt(i), i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      terms.push(folded.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) terms.push(folded.slice(start));
  return terms;
}

/** How one query word is matched. */
export interface QueryTerm {
  term: string;
  /** Also match the index terms it begins (a word still being typed, or shortened). */
  prefix: boolean;
  /** Largest edit distance tolerated (typos); 0 for none. */
  fuzzy: number;
}

const hasDigit = /\p{N}/u;

/**
 * Turns a query into its terms. Every word matches as a prefix too, so "cong ty tn" finds
 * "Công ty TNHH". Typos are tolerated in words of four letters or more (one edit; two from six
 * letters, so a swapped pair like "nguyne" still finds "Nguyễn"), never in words with digits: a tax code or reference one digit off is another record.
 */
export function parseQuery(query: string): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const term of searchTerms(query)) {
    if (seen.has(term)) continue;
    seen.add(term);
    const fuzzy = hasDigit.test(term) || term.length < 4 ? 0 : term.length < 6 ? 1 : 2;
    terms.push({ term, prefix: true, fuzzy });
  }
  return terms;
}
