// The PDF viewer's page and zoom rules, apart from pdf.js so they can be tested as plain functions.

/** The zoom levels the buttons and keys step through, as on paper: 100 % is the page's real size. */
export const zoomLevels = [0.25, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4] as const;
const minZoom = zoomLevels[0];
const maxZoom = zoomLevels[zoomLevels.length - 1]!;

/** The next level up from `scale` (which may sit between levels after fitting the width). */
export function zoomIn(scale: number): number {
  return zoomLevels.find((z) => z > scale + 0.001) ?? maxZoom;
}

/** The next level down from `scale`. */
export function zoomOut(scale: number): number {
  return [...zoomLevels].reverse().find((z) => z < scale - 0.001) ?? minZoom;
}

/** The scale at which a page `pageWidth` points wide fills `availableWidth` CSS pixels, within the levels' range. */
export function fitWidth(pageWidth: number, availableWidth: number): number {
  if (pageWidth <= 0 || availableWidth <= 0) return 1;
  return Math.min(maxZoom, Math.max(minZoom, availableWidth / pageWidth));
}

/** A page number within 1..count. */
export function clampPage(page: number, count: number): number {
  return Math.min(Math.max(1, Math.round(page)), Math.max(1, count));
}

/** What a key pressed on the page does; null for keys the page leaves alone (arrows scroll it). */
export type PdfKeyAction = { page: 'next' | 'previous' | 'first' | 'last' } | { zoom: 'in' | 'out' | 'fit' };

export function pdfKeyAction(key: string, modifiers: { ctrl: boolean; alt: boolean }): PdfKeyAction | null {
  if (modifiers.alt) return null;
  switch (key) {
    case 'PageDown':
    case 'ArrowRight':
      return modifiers.ctrl ? null : { page: 'next' };
    case 'PageUp':
    case 'ArrowLeft':
      return modifiers.ctrl ? null : { page: 'previous' };
    case 'Home':
      return { page: 'first' };
    case 'End':
      return { page: 'last' };
    case '+':
    case '=':
      return { zoom: 'in' };
    case '-':
    case '−':
      return { zoom: 'out' };
    case '0':
      return { zoom: 'fit' };
    default:
      return null;
  }
}
