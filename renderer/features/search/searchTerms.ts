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

/** Whether the code unit at `i` is an ASCII digit. */
const isDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * The index terms of a text: folded for Vietnamese (`foldVietnamese`: marks stripped, đ → d,
 * lower case), then split into words of Unicode letters and digits. Folding first means
 * "Nguyễn" and "Nguyen", NFC or NFD, all give the term "nguyen"; it changes no word boundary,
 * since it only removes marks. A dot between two digits joins them and is dropped, so an HS code
 * written 7604.29.10 is the term "76042910", found as typed with or without its dots (and
 * 1.234.567 is "1234567"). A hand loop rather than a regex split: this runs over every word of
 * every record at unlock, and is ~3× faster.
 */
export function searchTerms(text: string): string[] {
  const folded = asciiOnly.test(text) ? text.toLowerCase() : foldVietnamese(text);
  const terms: string[] = [];
  let start = -1;
  let dotted = false;
  const end = (i: number) => {
    const term = folded.slice(start, i);
    terms.push(dotted ? term.replaceAll('.', '') : term);
    start = -1;
    dotted = false;
  };
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (isWordUnit(folded, c, i)) {
      if (start < 0) start = i;
    } else if (c === 46 && start >= 0 && isDigitAt(folded, i - 1) && isDigitAt(folded, i + 1)) {
      dotted = true;
    } else if (start >= 0) {
      end(i);
    }
  }
  if (start >= 0) end(folded.length);
  return terms;
}

/** How one query word is matched. */
export interface QueryTerm {
  term: string;
  /** Also match the index terms it begins (a word still being typed, or shortened). */
  prefix: boolean;
  /** Largest edit distance tolerated (typos); 0 for none. */
  fuzzy: number;
  /**
   * The word with two neighbouring letters swapped, each way ("hnug" → "nhug", "hung", "hngu"):
   * a swap is one typo for a person, but two edits for the index's edit distance (Levenshtein),
   * so these are looked up too, as one edit. Also in three-letter words ("vna" → "van"), which
   * tolerate no other typo; never in words with digits.
   */
  swaps: string[];
}

const hasDigit = /\p{N}/u;
/** An HS code typed in groups ("7604 29", "7604 29 10"): one code, not words. */
const spacedHsCode = /^\s*\d{4}(?:\s+\d{2}){1,3}\s*$/;

/** `term` with each pair of neighbouring, different letters swapped. */
export function transpositions(term: string): string[] {
  const chars = Array.from(term);
  const swaps = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] === chars[i + 1]) continue;
    swaps.add([...chars.slice(0, i), chars[i + 1], chars[i], ...chars.slice(i + 2)].join(''));
  }
  return [...swaps];
}

/**
 * Turns a query into its terms. Every word matches as a prefix too, so "cong ty tn" finds
 * "Công ty TNHH". Typos are tolerated in words of four letters or more (one edit, two from six
 * letters; swapping two neighbouring letters, "Hnug" for "Hùng", counts as one, and is forgiven
 * from three letters, "Vna" for "Văn"), never in words with digits: a tax code or reference one
 * digit off is another record. An HS code typed with spaces is one term, as with dots.
 */
export function parseQuery(query: string): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  const words = spacedHsCode.test(query) ? [query.replace(/\s+/g, '')] : searchTerms(query);
  for (const term of words) {
    if (seen.has(term)) continue;
    seen.add(term);
    const fuzzy = hasDigit.test(term) || term.length < 4 ? 0 : term.length < 6 ? 1 : 2;
    const swaps = hasDigit.test(term) || term.length < 3 ? [] : transpositions(term);
    terms.push({ term, prefix: true, fuzzy, swaps });
  }
  return terms;
}
