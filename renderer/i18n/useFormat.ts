import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormatter, type Formatter } from './format';
import { isLanguage } from './languages';

/** Formatters for the current UI language; re-created only when the language changes. */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return useMemo(() => createFormatter(language), [language]);
}
