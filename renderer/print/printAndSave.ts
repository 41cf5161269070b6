import type { Platform } from '../platform';

/** A PDF the desktop host made: its bytes (to keep as an attachment) and whether the user saved it. */
export interface PrintedPdf {
  bytes: Uint8Array<ArrayBuffer>;
  saved: boolean;
}

/**
 * Prints the print view on screen to PDF and offers it to the user as `fileName`. Waits for the
 * fonts first: a PDF made before Noto Serif arrives would fall back to another face. `null` on
 * the web host, where the browser's print dialog saved (or printed) it and no bytes come back.
 */
export async function printAndSave(
  platform: Pick<Platform, 'printToPdf' | 'saveFile'>,
  fileName: string,
  fontsReady: Promise<unknown>,
): Promise<PrintedPdf | null> {
  await fontsReady;
  const bytes = await platform.printToPdf({ fileName });
  if (bytes === null) return null;
  const saved = await platform.saveFile(fileName, bytes, 'application/pdf');
  return { bytes, saved };
}

/**
 * A file name the save dialog accepts on every system, from a document's parts: characters that
 * Windows, macOS or Linux refuse (a reference such as "123/HQ-GSQL" holds a slash) become "-".
 */
export function pdfFileName(...parts: string[]): string {
  const base = parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(' ')
    // eslint-disable-next-line no-control-regex -- control characters are refused by the save channel
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .slice(0, 200);
  return `${base || 'document'}.pdf`;
}
