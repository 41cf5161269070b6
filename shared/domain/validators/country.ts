import countries from 'i18n-iso-countries';
import enLocale from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import viLocale from 'i18n-iso-countries/langs/vi.json' with { type: 'json' };
import { z } from 'zod';
import { msg, typeError, type ValidationMessageKey } from '../messageKeys';
import { collatorFor } from '../text';

// The browser build of i18n-iso-countries ships no names: both UI languages are registered here,
// once, by the only module that asks for names.
countries.registerLocale(enLocale);
countries.registerLocale(viLocale);

export type UiLanguage = 'en' | 'vi';

/** True for an assigned ISO 3166-1 alpha-2 code in upper case (`VN`, `US`; not `vn`, not `VNM`). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** Message key for a value that is not an ISO alpha-2 country code, or null. */
export function countryCodeError(code: string): ValidationMessageKey | null {
  if (code === '') return msg.required;
  return isCountryCode(code) ? null : msg.country;
}

// Names shown to officers are the common short names from CLDR (Intl.DisplayNames: "China",
// "United States", "Hoa Kỳ"), not i18n-iso-countries' official ones ("People's Republic of China",
// "Hợp chủng quốc Hoa Kỳ"), whose long forms sort "United States Minor Outlying Islands" before
// "United States of America". i18n-iso-countries stays the authority on which codes exist, and
// its name is the fallback where a runtime's CLDR lacks one.
const displayNames: Record<UiLanguage, Intl.DisplayNames> = {
  en: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }),
  vi: new Intl.DisplayNames(['vi'], { type: 'region', fallback: 'none' }),
};

/** Country name in the UI language ("Vietnam"/"Việt Nam"); the code itself when unknown. */
export function countryName(code: string, lang: UiLanguage): string {
  if (!isCountryCode(code)) return code;
  return displayNames[lang].of(code) ?? countries.getName(code, lang, { select: 'official' }) ?? code;
}

/** All countries as `{ code, name }`, sorted for the language (Vietnamese collation for `vi`). */
export function countryOptions(lang: UiLanguage): { code: string; name: string }[] {
  const collator = collatorFor(lang);
  return Object.keys(countries.getAlpha2Codes())
    .map((code) => ({ code, name: countryName(code, lang) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Required ISO 3166-1 alpha-2 code; lower-case and padded input is upper-cased and trimmed. */
export const countryCodeSchema = z
  .string({ error: typeError })
  .trim()
  .toUpperCase()
  .superRefine((code, ctx) => {
    const error = countryCodeError(code);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });

/** Country code that may be `''` (e.g. suspected origin not yet known). */
export const optionalCountryCodeSchema = z
  .string({ error: typeError })
  .trim()
  .toUpperCase()
  .superRefine((code, ctx) => {
    if (code !== '' && !isCountryCode(code)) ctx.addIssue({ code: 'custom', message: msg.country });
  });
