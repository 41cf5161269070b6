import { en } from './en';
import { vi } from './vi';

/** `riskLists.*` strings of the lists, the import, the entries and a version's changes. */
export const riskListsLocales = { en, vi };
