import i18next, { type i18n as I18n } from 'i18next';
import { createFormatter, type Formatter } from '../../../i18n';
import { recordsLocales } from '../../../records';
import { requestStatisticsLocales } from './locales';

/** An i18next instance with the statistics' and records' words, and a formatter (tests only). */
export function statisticsTranslation(language: 'en' | 'vi'): { i18n: I18n; fmt: Formatter } {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { [language]: { translation: { ...requestStatisticsLocales[language], ...recordsLocales[language] } } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return { i18n: instance, fmt: createFormatter(language) };
}
