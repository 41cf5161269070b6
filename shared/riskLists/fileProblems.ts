import { lookupMessage } from '../domain/validationMessages';
import { fileProblemTexts, type FileProblemCode } from './fileProblemTexts';
import type { RowError } from './rowError';

export type { FileProblemCode } from './fileProblemTexts';
export type FileProblemLanguage = keyof typeof fileProblemTexts;

/**
 * What is wrong with a file, independent of language: the kind of problem and the pieces its
 * sentence names, as the file wrote them. `params.rule`, where present, is a `validation.*` key
 * (the domain schema's own message), told in the sentence's language.
 */
export interface FileProblem {
  code: FileProblemCode;
  params: Record<string, string>;
}

/**
 * A RowError that also carries its problem, so the import page can say it in the UI language.
 * Only the parsers' internal readers return these: the public functions strip `problem`, because
 * other tools compare their RowErrors by deep equality.
 */
export type DetailedRowError = RowError & { problem: FileProblem };

/** The text of a `validation.*` key; an unknown key is shown as is rather than lost. */
function ruleText(key: string, language: FileProblemLanguage): string {
  return lookupMessage(language, key) ?? lookupMessage('en', key) ?? key;
}

/** The problem's sentence in `language`, its placeholders filled with the problem's parameters. */
export function fileProblemText(problem: FileProblem, language: FileProblemLanguage): string {
  const { params } = problem;
  const rule = params['rule'] === undefined ? undefined : ruleText(params['rule'], language);
  const derived: Record<string, string | undefined> = {
    ...params,
    ruleSentence: rule,
    // `{{rule}}` follows a colon, so its first letter is lower-cased ("HS code "72AB": an HS code…").
    rule: rule === undefined ? undefined : rule.charAt(0).toLowerCase() + rule.slice(1),
  };
  // One pass with a function: a value holding `{{…}}` or `$&` is written as the file has it.
  return fileProblemTexts[language][problem.code].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => derived[name] ?? whole);
}

/** A problem at a place of the file, with its English `message` (the public RowError's). */
export function problemAt(row: number, column: string | null, value: string, problem: FileProblem): DetailedRowError {
  return { row, column, value, message: fileProblemText(problem, 'en'), problem };
}

/** The RowError as the public functions return it: exactly its four fields. */
export function plainRowError({ row, column, value, message }: RowError): RowError {
  return { row, column, value, message };
}

/** The RowError with its message in `language`, as the import page shows and exports it. */
export function rowErrorIn(error: DetailedRowError, language: FileProblemLanguage): RowError {
  return { row: error.row, column: error.column, value: error.value, message: fileProblemText(error.problem, language) };
}
