import type { i18n as I18n, TFunction } from 'i18next';
import { createFormatter, type Formatter, type Language } from '../i18n';
import { enumLabel, type RecordEnum } from '../records';

/** The languages a document can be printed in: English, Vietnamese, or both (a request's `language` values). */
export const printLanguages = ['en', 'vi', 'bilingual'] as const;
export type PrintLanguage = (typeof printLanguages)[number];

export const isPrintLanguage = (value: string | null | undefined): value is PrintLanguage =>
  (printLanguages as readonly (string | null | undefined)[]).includes(value);

/** In reading order: a bilingual document is English, then Vietnamese. */
export function printLanguageList(language: PrintLanguage): Language[] {
  return language === 'bilingual' ? ['en', 'vi'] : [language];
}

/** The words of one of the document's languages. */
export interface OneLanguage {
  lang: Language;
  t: TFunction;
  fmt: Formatter;
  /** `<labels>.<key>` in this language (`labels` is the document's namespace, e.g. `requestLetter`). */
  label(key: string, vars?: Record<string, unknown>): string;
  /** An enumeration's value in the records' words ("RCEP", "Đã thống nhất"); '' for none. */
  value(name: RecordEnum, value: string | null | undefined): string;
}

/**
 * How a printed document says things in its language(s), whatever the UI's: a bilingual document
 * gives each label and value as "English / Tiếng Việt" (once where both agree: "RCEP", "7604.29")
 * and each sentence or paragraph in both languages, one under the other.
 */
export interface PrintWords {
  readonly languages: readonly Language[];
  /** The first language, for what is said once (numbers, amounts, the PDF's title). */
  readonly first: OneLanguage;
  /** One result per language, in order (titles, sentences, paragraphs). */
  each<T>(fn: (one: OneLanguage) => T): T[];
  /** A text computed per language, " / "-joined, each said once. */
  joined(fn: (one: OneLanguage) => string): string;
  /** `<labels>.<key>` in every language of the document. */
  label(key: string, vars?: Record<string, unknown>): string;
  date(iso: string | null | undefined): string;
  country(code: string | null | undefined): string;
  value(name: RecordEnum, value: string | null | undefined): string;
}

/** " / "-joined texts, each said once, empty ones dropped. */
export function joinUnique(texts: readonly string[]): string {
  return [...new Set(texts.filter((text) => text !== ''))].join(' / ');
}

/**
 * The words of a document printed in `language`, its labels read under `labels` (each feature
 * keeps its document's words in its own bundle: `requestLetter`, `meetingDocuments`). Fixed
 * translators (`getFixedT`), so the paper's language does not follow the UI's.
 */
export function printWords(i18n: Pick<I18n, 'getFixedT'>, language: PrintLanguage, labels: string): PrintWords {
  const ones: OneLanguage[] = printLanguageList(language).map((lang) => {
    const t = i18n.getFixedT(lang);
    return {
      lang,
      t,
      fmt: createFormatter(lang),
      label: (key, vars) => t(`${labels}.${key}`, vars ?? {}),
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
