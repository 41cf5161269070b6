// Turns a field's error (an i18n key from the shared schemas) into the sentence the officer reads,
// adding what the key alone cannot say: the limit of a text and its length, the range of a date,
// the format the date field shows, all written the way the field shows them.
import { msg, resolveDateRange } from '../../shared/domain';
import { datePattern, formatDateAsField, type DatePlaceholders } from '../components';
import type { FieldRules } from './schemaRules';

export interface FieldMessageContext {
  rules: FieldRules;
  /** The field's current value (a text's length, a typed date). */
  value: unknown;
  /** react-aria's locale (`en-GB`, `vi-VN`): the field's date format and digit grouping. */
  locale: string;
  placeholders: DatePlaceholders;
  t: (key: string, options?: Record<string, unknown>) => string;
  exists: (key: string) => boolean;
}

/** The translated message for an error `message` key of a field. */
export function fieldMessage(message: string, { rules, value, locale, placeholders, t, exists }: FieldMessageContext): string {
  const number = new Intl.NumberFormat(locale);
  if (message === msg.tooLong && rules.maxLength !== undefined && typeof value === 'string') {
    return t('forms.text.tooLong', { max: number.format(rules.maxLength), length: number.format(value.length) });
  }
  if (rules.dateRange) {
    if (message === msg.dateOutOfRange) {
      const { min, max } = resolveDateRange(rules.dateRange);
      return t('forms.date.outOfRange', { min: formatDateAsField(min, locale), max: formatDateAsField(max, locale) });
    }
    if (message === msg.dateNotReal && typeof value === 'string') {
      return t('forms.date.notReal', { date: formatDateAsField(value, locale) });
    }
    // A date field only ever holds a whole date or nothing, so a format error means "empty".
    if (message === msg.dateFormat || message === msg.required) {
      return t('forms.date.enter', { pattern: datePattern(locale, placeholders) });
    }
  }
  return exists(message) ? t(message) : t('forms.invalidValue');
}
