import type { i18n as I18n } from 'i18next';
import { printWords, type PrintLanguage, type PrintWords } from '../../../print';

/** The languages a meeting document can be printed in: English, Vietnamese, or both. */
export type DocumentLanguage = PrintLanguage;

/** A meeting document's words: `label(key)` reads `meetingDocuments.<key>` (locales.ts). */
export type DocumentWords = PrintWords;

/** How a meeting document says things in its language(s), whatever the UI's (as the request letter does). */
export function documentWords(i18n: Pick<I18n, 'getFixedT'>, language: DocumentLanguage): DocumentWords {
  return printWords(i18n, language, 'meetingDocuments');
}
