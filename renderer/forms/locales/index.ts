import { en } from './en';
import { vi } from './vi';

/** `forms.*` strings in English and Vietnamese, merged by renderer/i18n into the one namespace. */
export const formsLocales = { en, vi };
