import type { TFunction } from 'i18next';
import type { LegalInstrument } from '../../../../shared/domain';
import type { Formatter } from '../../../i18n';
import { enumLabel } from '../../../records';
import { periodLabel } from './periods';

/** A legal instrument in the words every screen uses for it (the records' labels). */
export function instrumentLabel(t: TFunction, instrument: LegalInstrument | string): string {
  return enumLabel(t, 'legalInstrument', instrument);
}

/** A partner country's name in the UI language; a request whose case is gone has an unknown partner. */
export function partnerLabel(t: TFunction, fmt: Formatter, code: string): string {
  return code === '' ? t('requestStatistics.outcomes.unknownPartner') : fmt.countryName(code);
}

/** Names periods in the UI language: "Jan 2026" / "thg 1 2026", "Q1 2026" / "Quý 1/2026". */
export function periodNamer(t: TFunction, language: string): (key: string) => string {
  return (key) => (key === 'total' ? t('requestStatistics.figures.total') : periodLabel(key, language, (quarter, year) => t('requestStatistics.page.quarterLabel', { quarter, year })));
}
