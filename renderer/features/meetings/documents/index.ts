/**
 * A meeting's documents: the minutes (`/meetings/:id/minutes`), the follow-up letter to the
 * counterpart (`/meetings/:id/letter`), both printed through renderer/print, and the meeting's
 * JSON export. The meetings module registers the pages and `meetingDocumentsLocales`.
 */
export { MinutesPage } from './MinutesPage';
export { FollowUpLetterPage } from './FollowUpLetterPage';
export { MeetingJsonExportButton } from './MeetingJsonExportButton';
export { meetingDocumentsLocales } from './locales';
export { Minutes, type MinutesProps } from './Minutes';
export { FollowUpLetter, type FollowUpLetterProps } from './FollowUpLetter';
export { minutesContent, defaultMinutesKind, minutesKinds, type MinutesContent, type MinutesKind } from './minutesContent';
export { followUpLetterContent, type FollowUpLetterContent } from './letterContent';
export { meetingExport, meetingJson, meetingExportFileName, type MeetingExport } from './meetingJson';
export type { DocumentLanguage } from './documentWords';
