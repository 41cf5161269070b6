import type { i18n as I18n, TFunction } from 'i18next';
import type { requestLanguages } from '../../../../shared/domain';
import { createFormatter, type Formatter, type Language } from '../../../i18n';
import { enumLabel, type RecordEnum } from '../../../records';

export type LetterLanguage = (typeof requestLanguages)[number];

/** The languages a letter is written in, in reading order: a bilingual letter is English, then Vietnamese. */
export function letterLanguages(language: LetterLanguage): Language[] {
  return language === 'bilingual' ? ['en', 'vi'] : [language];
}

/** The words of one of the letter's languages. */
export interface OneLanguage {
  lang: Language;
  t: TFunction;
  fmt: Formatter;
  /** An enumeration's value in the records' words ("RCEP", "Nhà xuất khẩu"); '' for none. */
  value(name: RecordEnum, value: string | null | undefined): string;
}

/**
 * How a letter says things in its language(s), whatever the UI's. A bilingual letter gives each
 * label and value as "English / Tiếng Việt" (once where both agree: "RCEP", "7604.29") and each
 * paragraph in both languages, one under the other.
 */
export interface LetterWords {
  readonly languages: readonly Language[];
  /** The first language, for what is said once (numbers, amounts). */
  readonly first: OneLanguage;
  /** `requestLetter.<key>` in every language of the letter. */
  label(key: string, vars?: Record<string, unknown>): string;
  /** One result per language, in order (paragraphs). */
  each<T>(fn: (one: OneLanguage) => T): T[];
  /** A value computed per language and joined as labels are (enumerations, dates, countries). */
  joined(fn: (one: OneLanguage) => string): string;
  date(iso: string | null | undefined): string;
  country(code: string | null | undefined): string;
  value(name: RecordEnum, value: string | null | undefined): string;
}

/** " / "-joined texts, each said once, empty ones dropped. */
export function joinUnique(texts: readonly string[]): string {
  return [...new Set(texts.filter((text) => text !== ''))].join(' / ');
}

export function letterWords(i18n: Pick<I18n, 'getFixedT'>, language: LetterLanguage): LetterWords {
  const ones: OneLanguage[] = letterLanguages(language).map((lang) => {
    const t = i18n.getFixedT(lang);
    return { lang, t, fmt: createFormatter(lang), value: (name, value) => (value ? enumLabel(t, name, value) : '') };
  });
  const each = <T>(fn: (one: OneLanguage) => T): T[] => ones.map(fn);
  const joined = (fn: (one: OneLanguage) => string) => joinUnique(each(fn));
  return {
    languages: ones.map((one) => one.lang),
    first: ones[0]!,
    each,
    joined,
    label: (key, vars) => joined(({ t }) => t(`requestLetter.${key}`, vars ?? {})),
    date: (iso) => joined(({ fmt }) => fmt.date(iso)),
    country: (code) => joined(({ fmt }) => fmt.countryName(code)),
    value: (name, value) => joined((one) => one.value(name, value)),
  };
}
