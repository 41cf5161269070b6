import { msg } from '../domain/messageKeys';
import { lookupMessage } from '../domain/validationMessages';

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

/** The shared English text of a `validation.*` key, first letter lower-cased to follow a colon. */
function english(key: string): string {
  const text = lookupMessage('en', key) ?? key;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * An English sentence for a schema issue: what is wrong with which value, and what is expected.
 * The import dialog is English-only for now, and its error table is exported as CSV to send back
 * to the list's owner, so the sentence must stand alone (never a `validation.*` key).
 */
export function issueMessage(key: string, at: IssuePlace): string {
  const quoted = `"${at.value}"`;
  if (at.identifier && key !== msg.choice) {
    const { scheme, value } = at.identifier;
    if (key === msg.vnTaxCodeCheckDigit) return `${scheme} ${value}: the check digit does not match.`;
    return `${scheme} ${value}: ${english(key)}`;
  }
  switch (key) {
    case msg.choice:
      return at.allowed
        ? `${quoted} is not a valid ${at.column}: expected one of ${at.allowed.join(', ')}.`
        : `${quoted} is not a valid ${at.column}.`;
    case msg.required:
      return `A value is required in ${at.column}: it is empty.`;
    case msg.riskEntrySubject:
      return lookupMessage('en', key) ?? key;
    case msg.dateFormat:
      return `Not a date: ${quoted} in ${at.column}; use YYYY-MM-DD.`;
    case msg.dateNotReal:
      return `Not a real date: ${at.value} in ${at.column} does not exist in the calendar; use YYYY-MM-DD.`;
    case msg.dateOutOfRange:
      return `Date out of range: ${at.value} in ${at.column} is outside the years 1900–2100 this field accepts.`;
    case msg.dateOrder:
      return `End before start: ${at.column} ${at.value} is earlier than the date the entry becomes valid; the end cannot precede the start.`;
    case msg.country:
      return `${quoted} in ${at.column} is not an ISO 3166 country code: use two letters such as VN, CN or US.`;
    case msg.hsCodeFormat:
    case msg.hsCodeLength:
      return `HS code ${quoted}: ${english(key)}`;
    case msg.listDuplicate:
      return `Repeated value in ${at.column}: ${quoted} gives the same value twice; list each value once.`;
    case msg.tooLong:
      return `The text in ${at.column} is longer than this field accepts: shorten it.`;
    case msg.invalidType:
      return `Wrong type of value in ${at.column}: ${quoted}.`;
    default:
      return `Invalid value ${quoted} in ${at.column}: ${english(key)}`;
  }
}
