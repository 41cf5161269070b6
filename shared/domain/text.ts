/**
 * Vietnamese-safe text handling. Stored text is NFC because input may arrive decomposed (NFD,
 * e.g. pasted from macOS or PDFs) and "hoà" in NFD is not === "hoà" in NFC.
 */

const combiningMarks = /[\u0300-\u036f]/g;

const anySurrogate = /[\ud800-\udfff]/;
/**
 * What NFC or the repair below could change: a NUL, or anything from U+0300 on (combining marks,
 * Hangul, surrogates). Text of characters below U+0300 alone (ASCII, Latin-1, Latin Extended) is
 * NFC already: no character there decomposes, and none composes without a combining mark after it
 * (text.test.ts checks every pair).
 */
// eslint-disable-next-line no-control-regex -- the NUL is one of the characters it looks for
const mayChange = /[^\u0001-\u02ff]/;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Canonical composed form (NFC); every text field of a domain record is stored this way. Text
 * pasted from a PDF or a broken file can carry a NUL or half of a surrogate pair, which the sync
 * server refuses (PostgreSQL cannot hold them) and which would then block the device's outbox:
 * the NUL is dropped and a lone half becomes U+FFFD, the sign for an unreadable character.
 */
export function toNfc(s: string): string {
  // Every text field of every record goes through here (5% of the server's CPU in a batched push):
  // plain Latin text is returned as it is, and the repair is skipped unless a NUL or a surrogate is
  // there at all (the lone-surrogate search was half the cost of the rest).
  if (!mayChange.test(s)) return s;
  return (s.includes('\u0000') || anySurrogate.test(s) ? s.replaceAll('\u0000', '').replace(loneSurrogate, '\ufffd') : s).normalize('NFC');
}

/**
 * Search/matching key: NFD, strip combining marks U+0300–U+036F, map đ/Đ to d/D (đ has no
 * decomposition, so stripping marks alone would keep it), then lower-case.
 * "Nguyễn Văn Cẩn" → "nguyen van can"; "Đà Nẵng" → "da nang". "hoà" and "hòa" fold alike.
 * Not for display or storage: it loses information.
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** True when `needle` occurs in `haystack` once both are folded (diacritic- and case-blind). */
export function foldedIncludes(haystack: string, needle: string): boolean {
  return foldVietnamese(haystack).includes(foldVietnamese(needle).trim());
}

/** Sorts strings the way a Vietnamese reader expects (`Intl.Collator('vi')`), or English order. */
export function collatorFor(lang: 'en' | 'vi'): Intl.Collator {
  return new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
}
