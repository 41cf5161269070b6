import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages, type Language } from './languages';
import { buildResources, type LocaleBundle } from './resources';

/**
 * Initialises the app's i18next instance synchronously (resources are bundled, nothing is
 * fetched), so the first render is already in the user's language.
 */
export function initI18n(language: Language, bundles: readonly LocaleBundle[]): i18n {
  void i18next.use(initReactI18next).init({
    resources: buildResources(bundles),
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...languages],
    initAsync: false,
    // React escapes on render; escaping here too would show "&amp;" in the UI.
    interpolation: { escapeValue: false },
    returnNull: false,
    // An empty translation falls back to English rather than showing nothing (i18next 27's default,
    // set here because the project stays on i18next 26, the last major that installs on Node 20).
    returnEmptyString: false,
  });
  applyDocumentLanguage(language);
  return i18next;
}

/** Switches the UI language and keeps `<html lang>` in step, for screen readers and hyphenation. */
export async function changeLanguage(language: Language): Promise<void> {
  if (i18next.language !== language) await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}

function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
}
