import i18next, { type TFunction } from 'i18next';
import { createFormatter, type Formatter } from '../i18n';
import { recordsLocales } from './locales';

/** A `t` over the records bundle and a formatter, in one language (tests only). */
export function recordsTranslation(language: 'en' | 'vi'): { t: TFunction; fmt: Formatter } {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { [language]: { translation: recordsLocales[language] } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return { t: instance.t, fmt: createFormatter(language) };
}
