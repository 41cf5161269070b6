// One Vietnamese spelling throughout the app. The project writes the tone mark of the open
// clusters oa, oe and uy (no final consonant) on their second vowel, as modern usage and the
// Vietnamese keyboards' default do: "xoá", "hoá", "hoà", "khoẻ", "thuỷ", "tuỳ". Mixing "Xoá" and
// "Xóa" on one screen looks careless, so every string the app shows is checked here: all string
// literals and JSX text of the sources (locale files, validation messages, menus, any other table),
// comments and tests left out (a test may type the older form on purpose, as a user would).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const sourceRoots = ['renderer', 'shared', 'electron', 'server'];
const letter = 'A-Za-zÀ-ỹ';
// A tone on the first vowel of oa/oe/uy that ends the syllable: the older placement.
const olderPlacement = new RegExp(`[${letter}]*(?:[óòỏõọ][ae]|[úùủũụ]y)(?![${letter}])`, 'giu');

/** The words of `text` that put the tone mark on the first vowel of an open oa, oe or uy. */
function olderToneMarks(text: string): string[] {
  return [...text.normalize('NFC').matchAll(olderPlacement)].map((m) => m[0]);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The text of every string literal, template part and JSX text in a source file. */
function shownText(path: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard, readFileSync(path, 'utf8'));
  const texts: string[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (
      token === ts.SyntaxKind.StringLiteral ||
      token === ts.SyntaxKind.NoSubstitutionTemplateLiteral ||
      token === ts.SyntaxKind.TemplateHead ||
      token === ts.SyntaxKind.JsxText
    ) {
      texts.push(scanner.getTokenValue());
    }
  }
  return texts;
}

describe('Vietnamese spelling', () => {
  it('tells the older tone placement from the modern one, leaving closed syllables alone', () => {
    expect(olderToneMarks('Xóa bộ lọc, mã hóa, hòa giải, thủy sản, Tùy chọn, khỏe')).toEqual(['Xóa', 'hóa', 'hòa', 'thủy', 'Tùy', 'khỏe']);
    expect(olderToneMarks('Xoá bộ lọc, mã hoá, hoà giải, thuỷ sản, Tuỳ chọn, khoẻ')).toEqual([]);
    // A final consonant keeps the mark on the second vowel in both conventions; "qu" is a consonant.
    expect(olderToneMarks('hoàn thành, toán, khoản, quyết định, quý, huyện, khoá.')).toEqual([]);
  });

  it('writes every string of the app the modern way (xoá, hoá, hoà, thuỷ)', () => {
    const found = sourceRoots.flatMap((dir) =>
      sourceFiles(join(root, dir)).flatMap((path) =>
        shownText(path).flatMap((text) => olderToneMarks(text).map((word) => `${relative(root, path)}: ${word}`)),
      ),
    );
    expect(found).toEqual([]);
  });
});
