import countries from 'i18n-iso-countries';
import { countryOptions, isCountryCode } from '../domain/validators/country';

let shownNames: Map<string, string> | null = null;

const key = (name: string) => name.normalize('NFC').trim().toLowerCase();

/**
 * The ISO code for a country as an address book writes it: a code ("VN"), an English or
 * Vietnamese name with its common aliases ("USA", "Việt Nam"), or the names this app shows (CLDR's
 * "Hoa Kỳ"). Null when none matches, so the reader can say so instead of dropping the country.
 */
export function countryFromName(name: string): string | null {
  const trimmed = name.trim();
  if (isCountryCode(trimmed.toUpperCase())) return trimmed.toUpperCase();
  const known = countries.getAlpha2Code(trimmed, 'en') ?? countries.getAlpha2Code(trimmed, 'vi');
  if (known) return known;
  // Built on first use: most files carry our X-ATTACHE-COUNTRY or no address at all.
  shownNames ??= new Map([...countryOptions('en'), ...countryOptions('vi')].map((o) => [key(o.name), o.code]));
  return shownNames.get(key(trimmed)) ?? null;
}
