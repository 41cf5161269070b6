import { en } from './en';
import { vi } from './vi';

/** The sync feature's bundle for `renderer/i18n/resources.ts` (top-level key `sync`). */
export const syncLocales = { en, vi };
