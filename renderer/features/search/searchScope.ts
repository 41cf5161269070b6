import type { TFunction } from 'i18next';
import { hasScreen } from './resultLink';
import { searchTypes, type SearchType } from './searchTypes';

/**
 * The kinds of record search says it finds, in group order: those whose results open a screen
 * (resultLink.ts). The index may hold more (records synced from elsewhere), but the texts
 * promise only what an officer can open; a kind joins them when its screen's route is added.
 */
export const searchableKinds: readonly SearchType[] = searchTypes.filter(hasScreen);

/** Values for the texts that name what search finds: `{{kinds, list}}` ("cases, parties and …"). */
export function searchScopeValues(t: TFunction, kinds: readonly SearchType[] = searchableKinds): { kinds: string[] } {
  return { kinds: kinds.map((kind) => t(`search.kinds.${kind}`)) };
}
