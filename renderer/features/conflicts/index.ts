/**
 * Public entry of the conflicts feature: the conflicts screen, a record's change history, the live
 * count of open conflicts (for the navigation), how field names and values read (the audit shows
 * changes the same way) and the feature's translations.
 */
export { ConflictsPage } from './ConflictsPage';
export { RecordHistory, type RecordHistoryProps } from './RecordHistory';
export { useOpenConflictCount } from './hooks';
export { ConflictMarker } from './ConflictMarker';
import { en } from './locales/en';
import { vi } from './locales/vi';

/** `conflicts.*` strings in English and Vietnamese, merged by renderer/i18n into the one namespace. */
export const conflictsLocales = { en, vi };
