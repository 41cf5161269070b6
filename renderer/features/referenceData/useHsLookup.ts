import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { normalizeHsCode } from '../../../shared/domain';
import { useDatabase, type HsCodeRow } from '../../db';
import { useHs2022 } from './hs2022';
import { hsPrefixes, mergeHsSuggestions, pickHsMatch } from './hsLookup';

// The live queries read only the workspace's imported rows; the built-in HS 2022 is in memory and
// combined afterwards (a live query must await nothing but Dexie).

/**
 * The known code that best describes `code` (itself or its longest known prefix, imported tariff
 * first, then HS 2022): `undefined` while loading, null when nothing matches. Updates live when a
 * tariff is imported.
 */
export function useHsMatch(code: string): HsCodeRow | null | undefined {
  const { db } = useDatabase();
  const hs2022 = useHs2022();
  const prefixes = useMemo(() => hsPrefixes(code), [code]);
  const imported = useLiveQuery(() => (prefixes.length === 0 ? [] : db.hsCodes.bulkGet(prefixes)), [db, prefixes]);
  if (prefixes.length === 0) return null;
  if (!hs2022 || !imported) return undefined;
  return pickHsMatch(prefixes, imported, hs2022);
}

/** Description of `code` by longest-prefix match; undefined while loading or when unknown. */
export function useHsDescription(code: string): string | undefined {
  return useHsMatch(code)?.description;
}

/** Up to `limit` known codes starting with `prefix` (digits; dots/spaces ignored); [] while loading. */
export function useHsSuggestions(prefix: string, limit = 10): HsCodeRow[] {
  const { db } = useDatabase();
  const hs2022 = useHs2022();
  const digits = normalizeHsCode(prefix);
  const valid = /^\d+$/.test(digits) && limit > 0;
  const imported = useLiveQuery(
    () => (valid ? db.hsCodes.where('code').startsWith(digits).limit(limit).toArray() : []),
    [db, digits, limit, valid],
  );
  if (!valid || !hs2022 || !imported) return [];
  return mergeHsSuggestions(imported, hs2022.startingWith(digits, limit), limit);
}
