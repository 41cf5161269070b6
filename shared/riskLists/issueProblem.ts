import { msg } from '../domain/messageKeys';
import type { FileProblem } from './fileProblems';

/** Where an issue sits, in the file's own words, so the sentence can name it. */
export interface IssuePlace {
  /** Column or field as the file names it. */
  column: string;
  /** The offending text as the file has it. */
  value: string;
  /** For a choice: the accepted values, spelled as the file should spell them. */
  allowed?: readonly string[];
  /** For an identifier: its scheme and value, so the sentence reads "VN_MST 0100233489: …". */
  identifier?: { scheme: string; value: string };
}

/** The sentence kind of each schema key that has its own; any other key reads `schema.invalid`. */
const codeOfKey: Partial<Record<string, FileProblem['code']>> = {
  [msg.required]: 'schema.required',
  [msg.riskEntrySubject]: 'schema.subject',
  [msg.dateFormat]: 'schema.dateFormat',
  [msg.dateNotReal]: 'schema.dateNotReal',
  [msg.dateOutOfRange]: 'schema.dateOutOfRange',
  [msg.dateOrder]: 'schema.dateOrder',
  [msg.country]: 'schema.country',
  [msg.hsCodeFormat]: 'schema.hsCode',
  [msg.hsCodeLength]: 'schema.hsCode',
  [msg.listDuplicate]: 'schema.listDuplicate',
  [msg.tooLong]: 'schema.tooLong',
  [msg.invalidType]: 'schema.invalidType',
};

/**
 * The problem a schema issue (`key`, a `validation.*` key) states about a place of the file, or
 * about the entry as a whole when `at` is null. The sentence must stand alone (never a key): the
 * error table is exported as CSV to send back to the list's owner.
 */
export function issueProblem(key: string, at: IssuePlace | null): FileProblem {
  if (!at) return { code: key === msg.riskEntrySubject ? 'schema.subject' : 'schema.entry', params: { rule: key } };
  const { column, value } = at;
  if (at.identifier && key !== msg.choice) {
    const { scheme, value: identifier } = at.identifier;
    if (key === msg.vnTaxCodeCheckDigit) return { code: 'schema.identifierCheckDigit', params: { scheme, identifier } };
    return { code: 'schema.identifier', params: { scheme, identifier, rule: key } };
  }
  if (key === msg.choice) {
    return at.allowed ? { code: 'schema.choice', params: { column, value, allowed: at.allowed.join(', ') } } : { code: 'schema.choiceAny', params: { column, value } };
  }
  return { code: codeOfKey[key] ?? 'schema.invalid', params: { column, value, rule: key } };
}
