import { normalizeHsCode } from '../../../shared/domain';
import type { AttacheDb, HsCodeRow } from '../../db';

/** Prefixes of a code at the HS levels, longest first: "84713000" → 84713000, 847130, 8471, 84. */
export function hsPrefixes(code: string): string[] {
  const digits = normalizeHsCode(code);
  if (!/^\d+$/.test(digits)) return [];
  const prefixes: string[] = [];
  for (const length of [10, 8, 6, 4, 2]) if (digits.length >= length) prefixes.push(digits.slice(0, length));
  return prefixes;
}

/**
 * The imported code that best describes `code`: the code itself, else its longest imported prefix
 * (an 8-digit AHTN or 10-digit HTSUS code is described by its HS subheading when only HS is
 * imported). Null when no prefix is known.
 */
export async function findHsMatch(db: AttacheDb, code: string): Promise<HsCodeRow | null> {
  const prefixes = hsPrefixes(code);
  if (prefixes.length === 0) return null;
  const rows = await db.hsCodes.bulkGet(prefixes);
  return rows.find((row) => row !== undefined) ?? null;
}

/** Up to `limit` imported codes starting with `prefix`, in code order (primary-key range scan). */
export async function findHsSuggestions(db: AttacheDb, prefix: string, limit: number): Promise<HsCodeRow[]> {
  const digits = normalizeHsCode(prefix);
  if (!/^\d+$/.test(digits) || limit <= 0) return [];
  return db.hsCodes.where('code').startsWith(digits).limit(limit).toArray();
}
