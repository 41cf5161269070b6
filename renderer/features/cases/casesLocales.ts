import { en } from './locales/en';
import { vi } from './locales/vi';

/** `cases.*` strings in English and Vietnamese, merged by the shell into the one namespace. */
export const casesLocales = { en, vi };
