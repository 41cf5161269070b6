/**
 * Public entry of the conflicts feature: the conflicts screen, a record's change history, the live
 * count of open conflicts (for the navigation) and the feature's translations.
 */
export { ConflictsPage } from './ConflictsPage';
export { RecordHistory, type RecordHistoryProps } from './RecordHistory';
export { useOpenConflictCount } from './hooks';
import { en } from './locales/en';
import { vi } from './locales/vi';

/** `conflicts.*` strings in English and Vietnamese, merged by renderer/i18n into the one namespace. */
export const conflictsLocales = { en, vi };
