/**
 * Loads the PDF viewer's code (pdf.js and its worker). Called when a list of attachments shows,
 * and again by the viewer when a PDF opens (the module is loaded once). The desktop app reads its
 * code from disk, but the web host fetches it: loaded early, a PDF opens after the network is gone.
 */
export const preloadPdfViewer = () => import('./PdfViewer');
