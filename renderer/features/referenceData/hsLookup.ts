import { normalizeHsCode } from '../../../shared/domain';
import type { AttacheDb, HsCodeRow } from '../../db';
import { loadHs2022, type HsNomenclature } from './hs2022';

/** Prefixes of a code at the HS levels, longest first: "84713000" → 84713000, 847130, 8471, 84. */
export function hsPrefixes(code: string): string[] {
  const digits = normalizeHsCode(code);
  if (!/^\d+$/.test(digits)) return [];
  const prefixes: string[] = [];
  for (const length of [10, 8, 6, 4, 2]) if (digits.length >= length) prefixes.push(digits.slice(0, length));
  return prefixes;
}

/**
 * The known code that best describes a code, given its `prefixes` (longest first) and the imported
 * rows found for them (same order): the longest prefix known to the imported tariff or to HS 2022.
 * An imported row wins over HS 2022's row for the same code (a national tariff's own wording).
 */
export function pickHsMatch(
  prefixes: readonly string[],
  imported: readonly (HsCodeRow | undefined)[],
  hs2022: HsNomenclature,
): HsCodeRow | null {
  for (const [i, prefix] of prefixes.entries()) {
    const row = imported[i] ?? hs2022.get(prefix);
    if (row) return row;
  }
  return null;
}

/** Imported and HS 2022 suggestions in one code-ordered list, the imported row kept where both have a code. */
export function mergeHsSuggestions(imported: readonly HsCodeRow[], builtIn: readonly HsCodeRow[], limit: number): HsCodeRow[] {
  const byCode = new Map(builtIn.map((row) => [row.code, row]));
  for (const row of imported) byCode.set(row.code, row);
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)).slice(0, limit);
}

/**
 * The known code that best describes `code`: the code itself, else its longest known prefix (an
 * 8-digit AHTN or 10-digit HTSUS code that was not imported is described by its HS 2022
 * subheading). Null when no prefix is in HS 2022 or the imported tariff.
 */
export async function findHsMatch(db: AttacheDb, code: string): Promise<HsCodeRow | null> {
  const prefixes = hsPrefixes(code);
  if (prefixes.length === 0) return null;
  const imported = await db.hsCodes.bulkGet(prefixes);
  return pickHsMatch(prefixes, imported, await loadHs2022());
}

/** Up to `limit` known codes starting with `prefix`, in code order, from the imported tariff and HS 2022. */
export async function findHsSuggestions(db: AttacheDb, prefix: string, limit: number): Promise<HsCodeRow[]> {
  const digits = normalizeHsCode(prefix);
  if (!/^\d+$/.test(digits) || limit <= 0) return [];
  const imported = await db.hsCodes.where('code').startsWith(digits).limit(limit).toArray();
  return mergeHsSuggestions(imported, (await loadHs2022()).startingWith(digits, limit), limit);
}
