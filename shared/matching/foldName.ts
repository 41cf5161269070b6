import { pinyin } from 'pinyin-pro';

const hanzi = /\p{Script=Han}/u;

/**
 * A name as the matcher reads it: NFC, Chinese characters written in toneless pinyin (one word
 * per character), lower case, Vietnamese folded (diacritics dropped, đ → d), and every run of
 * punctuation a single space ("Co.,Ltd" → "co ltd", "Dinh-Hung" → "dinh hung").
 */
export function foldName(name: string): string {
  return foldWords(lowerName(name));
}

/** The name in lower case with its diacritics, Chinese characters in pinyin, punctuation a space. */
export function lowerName(name: string): string {
  let s = name.normalize('NFC');
  if (hanzi.test(s)) s = pinyin(s, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ');
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/** `lowerName`'s words folded: diacritics dropped, đ → d. */
export function foldWords(lower: string): string {
  return lower.replace(/đ/g, 'd').normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}
