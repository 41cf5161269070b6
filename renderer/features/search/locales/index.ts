import { en } from './en';
import { vi } from './vi';

/** The search feature's bundle for `renderer/i18n/resources.ts` (top-level key `search`). */
export const searchLocales = { en, vi };
