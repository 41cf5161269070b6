/**
 * The text layer of vCard (RFC 6350 §3.2–3.4, RFC 2426 for 3.0): value escaping, the `;` and `,`
 * that separate a value's components, and line folding.
 */

/** A text value as vCard writes it: backslash, comma, semicolon and newline escaped. */
export function escapeText(value: string): string {
  // Semicolons are only required to be escaped in structured values, but escaping them everywhere
  // is allowed and keeps one rule for every property.
  return value.replace(/\r\n?/g, '\n').replace(/[\\,;\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/**
 * Splits a raw value at unescaped `separator`s and unescapes each piece. vCard 2.1 escapes only
 * `\;`: a 2.1 note's `C:\data` keeps its backslash.
 */
export function splitEscaped(raw: string, separator: ';' | ',' | null, version21 = false): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    const next = raw[i + 1];
    if (c === '\\' && next !== undefined && (!version21 || next === ';')) {
      current += next === 'n' || next === 'N' ? '\n' : next;
      i++;
    } else if (c === separator) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * A content line folded so no physical line exceeds 75 octets of UTF-8 (RFC 6350 §3.2), the
 * continuation's leading space included, and never inside a character: a Vietnamese "ễ" is three
 * octets that a byte-counting reader would otherwise see cut in two.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}
