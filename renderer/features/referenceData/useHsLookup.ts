import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase, type HsCodeRow } from '../../db';
import { findHsMatch, findHsSuggestions } from './hsLookup';

/**
 * The imported code that best describes `code` (itself or its longest known prefix): `undefined`
 * while loading, null when nothing matches. Updates live when a nomenclature is imported.
 */
export function useHsMatch(code: string): HsCodeRow | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => findHsMatch(db, code), [db, code]);
}

/** Description of `code` by longest-prefix match; undefined while loading or when unknown. */
export function useHsDescription(code: string): string | undefined {
  return useHsMatch(code)?.description;
}

/** Up to `limit` imported codes starting with `prefix` (digits; dots/spaces ignored); [] while loading. */
export function useHsSuggestions(prefix: string, limit = 10): HsCodeRow[] {
  const { db } = useDatabase();
  return useLiveQuery(() => findHsSuggestions(db, prefix, limit), [db, prefix, limit]) ?? [];
}
