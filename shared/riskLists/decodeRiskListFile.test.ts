import { describe, expect, it } from 'vitest';
import { decodeRiskListFile } from './decodeRiskListFile';
import { parseRiskListCsv } from './parseRiskListCsv';

const text = 'subject_type\tname\r\ncompany\tCông ty TNHH Đức Thành\r\n';
const utf16 = (s: string, bigEndian: boolean) => {
  const bytes = new Uint8Array(2 + s.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    bytes.set(bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8], 2 + i * 2);
  }
  return bytes;
};
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeRiskListFile', () => {
  it.each([
    ['UTF-16 LE with BOM (Excel "Unicode text")', utf16(text, false)],
    ['UTF-16 BE with BOM', utf16(text, true)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])],
    ['UTF-8 without BOM', utf8(text)],
  ])('%s', (_kind, bytes) => {
    const decoded = decodeRiskListFile(bytes);
    expect(decoded).toBe(text);
    expect(parseRiskListCsv(decoded).entries.map((e) => e.primaryName)).toEqual(['Công ty TNHH Đức Thành']);
  });
});
