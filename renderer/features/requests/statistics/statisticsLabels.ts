import type { TFunction } from 'i18next';
import type { Formatter } from '../../../i18n';
import { periodLabel } from './periods';

/**
 * A legal instrument in words. Treaties are known by their acronyms in both languages (CMAA,
 * EVFTA, CPTPP…), so only the two generic values are translated.
 */
export function instrumentLabel(t: TFunction, instrument: string): string {
  return instrument === 'nationalLaw' || instrument === 'other' ? t(`requestStatistics.instruments.${instrument}`) : instrument;
}

/** A partner country's name in the UI language; a request whose case is gone has an unknown partner. */
export function partnerLabel(t: TFunction, fmt: Formatter, code: string): string {
  return code === '' ? t('requestStatistics.outcomes.unknownPartner') : fmt.countryName(code);
}

/** Names periods in the UI language: "Jan 2026" / "thg 1 2026", "Q1 2026" / "Quý 1/2026". */
export function periodNamer(t: TFunction, language: string): (key: string) => string {
  return (key) => (key === 'total' ? t('requestStatistics.figures.total') : periodLabel(key, language, (quarter, year) => t('requestStatistics.page.quarterLabel', { quarter, year })));
}
