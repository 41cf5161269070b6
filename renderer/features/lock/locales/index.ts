import { en } from './en';
import { vi } from './vi';

/** The lock feature's bundle for `renderer/i18n/resources.ts` (top-level key `lock`). */
export const lockLocales = { en, vi };
