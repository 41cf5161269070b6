import { countryOptions, type UiLanguage } from '../../shared/domain';
import type { Option } from '../components';

/**
 * Every country as a combo box choice: named in the UI language and sorted for it (Vietnamese
 * collation in `vi`), its ISO code the id and shown under the name. Build it once per language
 * (useMemo): it names and sorts some 250 countries.
 */
export function countryChoices(lang: UiLanguage): Option[] {
  return countryOptions(lang).map(({ code, name }) => ({ id: code, label: name, detail: code }));
}
