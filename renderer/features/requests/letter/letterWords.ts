import type { i18n as I18n } from 'i18next';
import type { requestLanguages } from '../../../../shared/domain';
import { printWords, type PrintWords } from '../../../print';

/** A request's `language`: the letter is printed in it unless the officer picks another. */
export type LetterLanguage = (typeof requestLanguages)[number];

/** A letter's words: `label(key)` reads `requestLetter.<key>` (locales.ts). */
export type LetterWords = PrintWords;

/** How a letter says things in its language(s), whatever the UI's. */
export function letterWords(i18n: Pick<I18n, 'getFixedT'>, language: LetterLanguage): LetterWords {
  return printWords(i18n, language, 'requestLetter');
}
