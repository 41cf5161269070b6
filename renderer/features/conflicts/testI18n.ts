import i18next, { type i18n, type TFunction } from 'i18next';
import { createFormatter, type Formatter } from '../../i18n';
import { en } from './locales/en';
import { vi } from './locales/vi';
import { casesLocales } from '../cases';
import { recordsLocales } from '../../records';

const conflictsLocales = { en, vi };

/** A `t` and formatter over this feature's bundles only, in one language (tests only). */
export function testTranslation(language: 'en' | 'vi'): { t: TFunction; fmt: Formatter; i18n: i18n } {
  const instance = i18next.createInstance();
  void instance.init({
    // Records are named and their values labelled by the records bundle; the cases one for its screens.
    resources: { [language]: { translation: { ...conflictsLocales[language], ...casesLocales[language], ...recordsLocales[language] } } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return { t: instance.t, fmt: createFormatter(language), i18n: instance };
}
