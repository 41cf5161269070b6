/** Public entry of the cases feature: its three pages and its translations. */
export { CaseListPage } from './CaseListPage';
export { CaseDetailPage } from './CaseDetailPage';
export { CaseEditPage } from './CaseEditPage';
export { useCasesStore } from './casesStore';
import { en } from './locales/en';
import { vi } from './locales/vi';

/** `cases.*` strings in English and Vietnamese, merged by renderer/i18n into the one namespace. */
export const casesLocales = { en, vi };
