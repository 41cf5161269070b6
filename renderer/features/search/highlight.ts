import { searchTerms } from './searchTerms';

/** A run of a result's text, `match` when it is a word the query found. */
export interface TextPart {
  text: string;
  match: boolean;
}

const word = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Splits `text` into runs, marking the words that begin with one of the folded query `terms`
 * ("nguyen" marks "Nguyễn"). Words matched only through a typo are not marked.
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  if (terms.length === 0 || text === '') return [{ text, match: false }];
  const parts: TextPart[] = [];
  const push = (part: string, match: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += part;
    else if (part !== '') parts.push({ text: part, match });
  };
  let at = 0;
  for (const found of text.matchAll(word)) {
    const start = found.index;
    push(text.slice(at, start), false);
    const folded = searchTerms(found[0]).join('');
    push(found[0], terms.some((t) => folded.startsWith(t)));
    at = start + found[0].length;
  }
  push(text.slice(at), false);
  return parts;
}
