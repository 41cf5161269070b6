// The shape every due-date reader shares, so `parseDueDate` can try them in turn.

/**
 * A reader's answer: the ISO date; `null` when the phrase is the reader's own but names no real
 * day ("31/2", "this Monday" said on a Thursday), which ends the search so no other reader can
 * give it a second, guessed meaning; `undefined` when the phrase is not the reader's.
 */
export type Reading = string | null | undefined;

export interface ReadingContext {
  /** YYYY-MM-DD, already checked to be a real date. */
  today: string;
  language: 'en' | 'vi';
  /** The input lower-cased in NFC with its Vietnamese marks (see `DueDateText`). */
  marked: string;
}

export type Reader = (folded: string, context: ReadingContext) => Reading;
