import { en } from './en';
import { vi } from './vi';

/** The audit feature's bundle for `renderer/i18n/resources.ts` (top-level key `audit`). */
export const auditLocales = { en, vi };
