// Printing a page to PDF for the renderer's print views (letters, dossiers, minutes). The page
// lays itself out for paper with print CSS (renderer/print): its `@page` rule gives the A4 size,
// the margins and the margin boxes that carry the running page numbers and the confidentiality
// marking, so Chromium's own header and footer (URL, date, title) stay off.
import type { PrintToPDFOptions, WebContents } from 'electron';
import { ipcFail, ipcOk, maxSaveBytes } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/contract';

/** The options every print view is printed with; exported for the test that holds them. */
export const pdfOptions = {
  pageSize: 'A4',
  printBackground: true,
  // The page's @page size and margins win over Electron's defaults (Letter, 1 cm).
  preferCSSPageSize: true,
  // Page numbers and marking come from the page's CSS margin boxes, in the letter's language.
  displayHeaderFooter: false,
  landscape: false,
  // Headings become the PDF's outline and the structure is tagged, for screen readers.
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} as const satisfies PrintToPDFOptions;

/**
 * Prints `contents` (the window that asked) to PDF with `pdfOptions`. A PDF larger than the
 * renderer could hand back to `files:save` is refused as `tooLarge` rather than produced in vain.
 */
export async function printPageToPdf(contents: Pick<WebContents, 'printToPDF'>): Promise<IpcResult<{ pdf: Uint8Array }>> {
  let data: Buffer;
  try {
    data = await contents.printToPDF(pdfOptions);
  } catch (error) {
    return ipcFail('ioError', `Printing to PDF failed: ${String(error)}`);
  }
  if (data.byteLength > maxSaveBytes) return ipcFail('tooLarge', `The PDF is ${data.byteLength} bytes; at most ${maxSaveBytes} can be saved`);
  // A plain Uint8Array over its own buffer: a Node Buffer may view a shared pool.
  return ipcOk({ pdf: new Uint8Array(data) });
}
