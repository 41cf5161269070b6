/**
 * The `@page` rule of a print view, written as CSS text: A4, the margins, and the margin boxes
 * that print on every page what the document cannot repeat itself (CSS Paged Media, in Chromium
 * since 131): the running page number "Page 2 of 5" / "Trang 2/5" and the confidentiality
 * marking at the head and foot. The text depends on the document (its languages, its marking),
 * so the rule is built here and adopted by the page (usePageRules), never written inline: the
 * app's Content-Security-Policy allows no inline style.
 */

/** A CSS string literal holding `text` exactly (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  // Quotes, backslashes and control characters are written as CSS escapes, so nothing in a
  // marking typed by an officer can close the string or the rule.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
  return `"${text.replace(/["\\\n\r\f\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * The `content` value of a page label such as "Page {{page}} of {{pages}}": literal text in CSS
 * strings, `{{page}}` as the page counter and `{{pages}}` as the page count.
 */
export function pageLabelContent(template: string): string {
  const parts = template.split(/(\{\{page\}\}|\{\{pages\}\})/).filter((part) => part !== '');
  return parts
    .map((part) => (part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

export interface PageFurniture {
  /** "Page {{page}} of {{pages}}", joined across the document's languages. */
  pageLabel: string;
  /** Printed at the head and the foot of every page; none for a public document. */
  marking?: string | undefined;
}

/** Margins of an A4 page, generous on the binding side (left) as official letters are filed. */
const margins = '20mm 18mm 22mm 25mm';
const furnitureFont = "8pt/1.3 'Noto Sans', system-ui, sans-serif";

/** The `@page` rule for a document: size, margins, page number at the foot, marking at head and foot. */
export function pageRulesCss({ pageLabel, marking }: PageFurniture): string {
  const markingBox = (box: string) =>
    marking ? `@${box} { content: ${cssString(marking)}; font: 600 ${furnitureFont}; letter-spacing: 0.06em; color: #8a1c12; }` : '';
  return [
    `@page { size: A4; margin: ${margins};`,
    markingBox('top-center'),
    markingBox('bottom-left'),
    `@bottom-right { content: ${pageLabelContent(pageLabel)}; font: ${furnitureFont}; color: #333; }`,
    '}',
  ]
    .filter(Boolean)
    .join(' ');
}
