import { useLocale } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** Shown from this share of the limit on: a calm form until a text comes near its maximum. */
const shownFrom = 0.8;

/**
 * "10,000 / 300" beside a text's message line once it nears its limit, in red past it. Numbers
 * are grouped the UI language's way. Not a live region: announcing it at each keystroke would
 * drown what the officer types; the limit is also in the error a too-long text gets.
 */
export function TextCounter({ length, max }: { length: number; max: number }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (length < max * shownFrom) return null;
  const number = new Intl.NumberFormat(locale);
  const values = { length: number.format(length), max: number.format(max) };
  return (
    <span className="field-counter" data-over={length > max || undefined} title={t('forms.text.counterLabel', values)}>
      {t('forms.text.counter', values)}
    </span>
  );
}
