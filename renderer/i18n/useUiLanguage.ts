import { useTranslation } from 'react-i18next';
import type { Language } from './languages';

/** The UI language as the shared domain names it (country names, due dates exist in both). */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'vi' ? 'vi' : 'en';
}
