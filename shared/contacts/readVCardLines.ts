/**
 * The line layer of reading vCard 2.1, 3.0 and 4.0 as Outlook, Apple Contacts, Google and Android
 * write them: unfolding, `item1.` groups, parameters in every spelling, QUOTED-PRINTABLE.
 */

/** One content line: name and parameter names upper-cased, TYPE values lower-cased, value decoded but not unescaped. */
export interface ContentLine {
  group: string | null;
  name: string;
  params: Map<string, string[]>;
  value: string;
}

/** The lines between one BEGIN:VCARD and its END:VCARD; `number` counts cards from 1. */
export interface RawCard {
  number: number;
  lines: ContentLine[];
  problems: { field: string | null; value: string; message: string }[];
}

type TextDecoderConstructor = new (label: string, options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };
// shared/ compiles without the DOM library, yet every runtime it runs in has TextDecoder.
const RuntimeTextDecoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

const isQuotedPrintable = (line: string) => /^[^:]*;(ENCODING=)?QUOTED-PRINTABLE[;:]/i.test(line);

/**
 * Physical lines joined into content lines: a line starting with a space or tab continues the one
 * before (3.0/4.0 folding, also used by 2.1 writers), and a QUOTED-PRINTABLE line ending in `=`
 * continues on the next line whatever it starts with (2.1's soft line break).
 */
function unfold(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const last = lines.length - 1;
    const previous = lines[last];
    if (previous !== undefined && isQuotedPrintable(previous) && previous.endsWith('=')) {
      lines[last] = previous.slice(0, -1) + line;
    } else if (previous !== undefined && /^[ \t]/.test(line)) {
      lines[last] = previous + line.slice(1);
    } else {
      lines.push(line);
    }
  }
  return lines.filter((l) => l.trim() !== '');
}

/** Splits at `separator` outside double quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    if (c === separator && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

// A 2.1 parameter written bare (`TEL;WORK;VOICE`, `;QUOTED-PRINTABLE`) names its value only.
const bareParam = (value: string) => (/^(QUOTED-PRINTABLE|BASE64|8BIT|7BIT|B)$/i.test(value) ? 'ENCODING' : /^(UTF-8|ISO-8859-\d+|WINDOWS-\d+)$/i.test(value) ? 'CHARSET' : 'TYPE');

function parseParams(texts: readonly string[]): Map<string, string[]> {
  const params = new Map<string, string[]>();
  for (const text of texts) {
    const equals = text.indexOf('=');
    const name = (equals < 0 ? bareParam(text) : text.slice(0, equals)).trim().toUpperCase();
    const values = splitOutsideQuotes(equals < 0 ? text : text.slice(equals + 1), ',').map((v) => v.replace(/^"|"$/g, ''));
    params.set(name, [...(params.get(name) ?? []), ...(name === 'TYPE' ? values.map((v) => v.toLowerCase()) : values)]);
  }
  return params;
}

/** QUOTED-PRINTABLE bytes decoded in the line's CHARSET (UTF-8 when it names none). */
function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = /^=([0-9A-Fa-f]{2})/.exec(value.slice(i, i + 3));
    if (hex?.[1] !== undefined) {
      bytes.push(parseInt(hex[1], 16));
      i += 2;
    } else {
      bytes.push(...utf8Bytes(value[i] ?? ''));
    }
  }
  return new RuntimeTextDecoder(charset, { fatal: true }).decode(Uint8Array.from(bytes));
}

/** A character's UTF-8 bytes, for the odd writer that leaves non-ASCII text unencoded in QP. */
function utf8Bytes(char: string): number[] {
  const encoded = encodeURIComponent(char);
  return encoded.startsWith('%') ? encoded.slice(1).split('%').map((h) => parseInt(h, 16)) : [char.charCodeAt(0)];
}

/** A content line, or the reason it is not one. */
function parseLine(line: string): ContentLine | { problem: string } {
  const colon = splitOutsideQuotes(line, ':')[0]?.length ?? line.length;
  if (colon >= line.length) return { problem: 'This line is not a vCard property ("NAME:value").' };
  const [nameWithGroup = '', ...paramTexts] = splitOutsideQuotes(line.slice(0, colon), ';');
  const dot = nameWithGroup.lastIndexOf('.');
  const params = parseParams(paramTexts);
  let value = line.slice(colon + 1);
  if (params.get('ENCODING')?.some((e) => e.toUpperCase() === 'QUOTED-PRINTABLE')) {
    const charset = params.get('CHARSET')?.[0] ?? 'utf-8';
    try {
      value = decodeQuotedPrintable(value, charset);
    } catch {
      return { problem: `The quoted-printable text cannot be read as ${charset}.` };
    }
  }
  return {
    group: dot < 0 ? null : nameWithGroup.slice(0, dot),
    name: nameWithGroup.slice(dot + 1).trim().toUpperCase(),
    params,
    value,
  };
}

/**
 * The cards of a vCard file with their content lines. A line that cannot be read is a problem of
 * its card; text outside any card is ignored, as other readers do; a card left open at the end of
 * the file (a truncated export) is a problem of that card.
 */
export function readVCardLines(text: string): RawCard[] {
  const cards: RawCard[] = [];
  let card: RawCard | null = null;
  for (const line of unfold(text)) {
    const parsed = parseLine(line);
    const name = 'name' in parsed ? parsed.name : '';
    const value = 'name' in parsed ? parsed.value.trim().toUpperCase() : '';
    if (name === 'BEGIN' && value === 'VCARD') {
      if (card) card.problems.push({ field: null, value: '', message: 'This card has no END:VCARD before the next card begins.' });
      card = { number: cards.length + 1, lines: [], problems: [] };
      cards.push(card);
    } else if (name === 'END' && card) {
      card = null;
    } else if (card) {
      if ('name' in parsed) card.lines.push(parsed);
      else card.problems.push({ field: null, value: line, message: parsed.problem });
    }
  }
  if (card) card.problems.push({ field: null, value: '', message: 'The file ends inside this card: END:VCARD is missing.' });
  return cards;
}
