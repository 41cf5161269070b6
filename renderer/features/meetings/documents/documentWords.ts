import type { i18n as I18n, TFunction } from 'i18next';
import { createFormatter, type Formatter, type Language } from '../../../i18n';
import { enumLabel, type RecordEnum } from '../../../records';

/** The languages a meeting document can be printed in: English, Vietnamese, or both. */
export const documentLanguages = ['en', 'vi', 'bilingual'] as const;
export type DocumentLanguage = (typeof documentLanguages)[number];

export const isDocumentLanguage = (value: string | null | undefined): value is DocumentLanguage =>
  (documentLanguages as readonly (string | null | undefined)[]).includes(value);

/** In reading order: a bilingual document is English, then Vietnamese. */
export function documentLanguageList(language: DocumentLanguage): Language[] {
  return language === 'bilingual' ? ['en', 'vi'] : [language];
}

/** The words of one of the document's languages. */
export interface OneLanguage {
  lang: Language;
  t: TFunction;
  fmt: Formatter;
  /** `meetingDocuments.<key>` in this language. */
  label(key: string, vars?: Record<string, unknown>): string;
  /** An enumeration's value in the records' words ("Agreed", "Đã thống nhất"); '' for none. */
  value(name: RecordEnum, value: string | null | undefined): string;
}

/**
 * How a meeting document says things in its language(s), whatever the UI's (as the request
 * letter does): a bilingual document gives each label and value as "English / Tiếng Việt" (once
 * where both agree) and each sentence in both languages, one under the other.
 */
export interface DocumentWords {
  readonly languages: readonly Language[];
  readonly first: OneLanguage;
  /** One result per language, in order (titles, sentences). */
  each<T>(fn: (one: OneLanguage) => T): T[];
  /** A text computed per language, " / "-joined, each said once. */
  joined(fn: (one: OneLanguage) => string): string;
  label(key: string, vars?: Record<string, unknown>): string;
  date(iso: string | null | undefined): string;
  country(code: string | null | undefined): string;
  value(name: RecordEnum, value: string | null | undefined): string;
}

/** " / "-joined texts, each said once, empty ones dropped. */
export function joinUnique(texts: readonly string[]): string {
  return [...new Set(texts.filter((text) => text !== ''))].join(' / ');
}

export function documentWords(i18n: Pick<I18n, 'getFixedT'>, language: DocumentLanguage): DocumentWords {
  const ones: OneLanguage[] = documentLanguageList(language).map((lang) => {
    const t = i18n.getFixedT(lang);
    return {
      lang,
      t,
      fmt: createFormatter(lang),
      label: (key, vars) => t(`meetingDocuments.${key}`, vars ?? {}),
      value: (name, value) => (value ? enumLabel(t, name, value) : ''),
    };
  });
  const each = <T>(fn: (one: OneLanguage) => T): T[] => ones.map(fn);
  const joined = (fn: (one: OneLanguage) => string) => joinUnique(each(fn));
  return {
    languages: ones.map((one) => one.lang),
    first: ones[0]!,
    each,
    joined,
    label: (key, vars) => joined((one) => one.label(key, vars)),
    date: (iso) => joined(({ fmt }) => fmt.date(iso)),
    country: (code) => joined(({ fmt }) => fmt.countryName(code)),
    value: (name, value) => joined((one) => one.value(name, value)),
  };
}
