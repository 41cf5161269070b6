import { en } from './en';
import { vi } from './vi';

/** The records bundle for `renderer/i18n/resources.ts` (top-level key `records`). */
export const recordsLocales = { en, vi };
export type { RecordsLocale } from './en';
