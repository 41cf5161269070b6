/**
 * Extra texts for the codes and document numbers officers search by. The index splits text at
 * punctuation (searchTerms.ts), which finds "B-2026-VN-0047812" by its parts; these add what a
 * split alone misses: the number typed without its dashes, the letters and digits of a number
 * written as one word (a bill of lading "HLCUSGN2609123" by "2609123"), an HS code by its
 * heading and subheading. Only what differs from the value itself is added, so a plain tax code
 * costs the index nothing more.
 */

import { formatHsCode } from '../../../shared/domain';

const letterOrDigit = /[\p{L}\p{N}]/u;
/** A word holding both letters and digits, split into its runs of each. */
const runs = /\p{L}+|\p{N}+/gu;
/** Runs shorter than this are noise as terms ("K7QX" → "k", "7", "qx"). */
const minRun = 3;

/** Texts that find a document number (B/L, C/O, invoice, AD/CVD order, identifier) however it is typed. */
export function documentNumberTexts(value: string): string[] {
  if (value === '') return [];
  const texts = new Set([value]);
  const compact = Array.from(value).filter((c) => letterOrDigit.test(c)).join('');
  if (compact !== '' && compact !== value) texts.add(compact);
  for (const word of value.split(/[^\p{L}\p{N}]+/u)) {
    const parts = word.match(runs) ?? [];
    if (parts.length < 2) continue;
    const long = parts.filter((p) => p.length >= minRun);
    if (long.length > 0) texts.add(long.join(' '));
  }
  return [...texts];
}

/**
 * Texts that find an ISO 6346 container number ("MSKU1234565"): whole, by its owner code and
 * serial number, and as printed on the box ("MSKU 123456 5").
 */
export function containerTexts(container: string): string[] {
  if (!/^[A-Z]{4}\d{7}$/.test(container)) return documentNumberTexts(container);
  return [container, `${container.slice(0, 4)} ${container.slice(4)}`, `${container.slice(0, 4)} ${container.slice(4, 10)} ${container.slice(10)}`];
}

/**
 * The terms of an HS code (stored as digits): the code and its heading (4 digits) and subheading
 * (6), so 7604, 760429 and 76042910 all match a goods line of 7604.29.10 as whole terms (a query
 * with dots is folded to digits by searchTerms); shorter ones match as prefixes.
 */
export function hsCodeTexts(code: string): string[] {
  const digits = code.replace(/[.\s]/g, '');
  if (digits === '') return [];
  const levels = [4, 6].filter((n) => digits.length > n).map((n) => digits.slice(0, n));
  return [[...levels, digits].join(' ')];
}

/** An HS code as officers write it: 7604.29.10 (chapter and heading together, then pairs). */
export function dottedHsCode(code: string): string {
  return formatHsCode(code);
}
