/**
 * Codes as officials type them: the schema's `veryHigh`, `adCvdEvasion`, `needToKnow` are
 * written `very_high`, `ad_cvd_evasion`, `need_to_know` in our CSV (the documented spelling),
 * and spreadsheets add capitals or spaces. All spellings fold to one key; an unknown one is
 * returned unchanged so the schema rejects it with the value the file has.
 */
function spellingKey(s: string): string {
  return s.toLowerCase().replace(/[\s_-]/g, '');
}

/** `veryHigh` → `very_high`: how the CSV and its error messages spell a code. */
export function snakeCase(code: string): string {
  return code.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The schema's code for a spelling of it, or the trimmed input when no code matches. */
export function codeFromSpelling<T extends string>(codes: readonly T[], input: string): T | string {
  const key = spellingKey(input.trim());
  return codes.find((c) => spellingKey(c) === key) ?? input.trim();
}
