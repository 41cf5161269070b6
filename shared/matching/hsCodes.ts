import { normalizeHsCode } from '../domain/validators/hsCode';

/** The levels an HS code is read at: chapter, heading, subheading, national 8 and 10 digits. */
const levels = [2, 4, 6, 8, 10] as const;

/** The code's digits ("7213.91.00" → "72139100"), or '' when it has none worth matching. */
export function hsDigits(code: string): string {
  const digits = normalizeHsCode(code);
  return /^\d{2,10}$/.test(digits) ? digits : '';
}

/** "721391" → "7213.91": dotted as officers read it. */
export function dotted(digits: string): string {
  return digits.length <= 4 ? digits : `${digits.slice(0, 4)}.${digits.slice(4, 6)}${digits.length > 6 ? `.${digits.slice(6)}` : ''}`;
}

/** The code's shorter levels: "72139100" → "72", "7213", "721391". */
export function broaderLevels(digits: string): string[] {
  return levels.filter((n) => n < digits.length).map((n) => digits.slice(0, n));
}

const levelNames: Record<number, string> = { 2: 'chapter', 4: 'heading', 6: 'subheading', 8: 'national line', 10: 'national line' };
export const levelName = (digits: string) => levelNames[digits.length] ?? `${digits.length}-digit code`;
