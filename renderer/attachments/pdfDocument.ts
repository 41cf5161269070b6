// pdf.js set up for a strict Content-Security-Policy and no network: its worker is a file of the
// app's own bundle (script-src/worker-src 'self'), nothing is ever evaluated from a string, and
// the data it may need (CMaps for Asian fonts, the standard fonts) is bundled and read through
// a factory, never fetched from a CDN.
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** pdf.js's worker could not be started (on the web host: its script could not be fetched). */
export class PdfReaderUnavailableError extends Error {
  constructor() {
    super('The PDF reader could not be started');
    this.name = 'PdfReaderUnavailableError';
  }
}

let worker: { port: Worker; failed: Promise<never> } | null = null;

/**
 * One worker for every PDF, started as this module loads: the viewer's chunk is preloaded when a
 * list of attachments shows (see preloadPdfViewer), so on the web host the worker's script is
 * fetched while there is still a network, and a PDF opens later without one. A worker that failed
 * is replaced at the next opening (pdf.js would otherwise wait on it for ever).
 */
function startWorker(): { port: Worker; failed: Promise<never> } {
  const port = new Worker(workerUrl, { type: 'module', name: 'pdf.js' });
  const failed = new Promise<never>((_, reject) =>
    port.addEventListener(
      'error',
      () => {
        if (worker?.port === port) worker = null;
        reject(new PdfReaderUnavailableError());
      },
      { once: true },
    ),
  );
  failed.catch(() => undefined); // observed by each opening, not here
  GlobalWorkerOptions.workerPort = port;
  worker = { port, failed };
  return worker;
}
startWorker();

// URLs of the bundled files by name. Vite inlines the small ones as data: URLs, which the
// factory decodes itself (the CSP's connect-src has no data:), and emits the others as files.
const bundled = (files: Record<string, string>) => new Map(Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));
const cMaps = bundled(import.meta.glob('../../node_modules/pdfjs-dist/cmaps/*.bcmap', { query: '?url', import: 'default', eager: true }));
const standardFonts = bundled(
  import.meta.glob(['../../node_modules/pdfjs-dist/standard_fonts/*.pfb', '../../node_modules/pdfjs-dist/standard_fonts/*.ttf'], {
    query: '?url',
    import: 'default',
    eager: true,
  }),
);

async function readBundled(url: string): Promise<Uint8Array> {
  if (url.startsWith('data:')) {
    const base64 = url.slice(url.indexOf(',') + 1);
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** pdf.js's `BinaryDataFactory`: the main thread hands the worker the bundled files it asks for. */
class BundledBinaryData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = (kind === 'cMapUrl' ? cMaps : kind === 'standardFontDataUrl' ? standardFonts : undefined)?.get(filename);
    if (!url) throw new Error(`No bundled ${kind} ${filename}`);
    return readBundled(url);
  }
}

/** How `openPdf` fails for a PDF that needs a password (no `onPassword` is set, so pdf.js rejects). */
export const isPasswordError = (error: unknown) => error instanceof Error && error.name === 'PasswordException';

/**
 * Opens a PDF from its bytes. The bytes are copied: pdf.js hands its buffer to the worker, which
 * would leave the caller's (kept for "Save a copy") empty.
 */
export function openPdf(bytes: Uint8Array): { promise: Promise<PDFDocumentProxy>; destroy: () => Promise<void> } {
  const { failed } = worker ?? startWorker();
  const task = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    enableXfa: false,
    useWorkerFetch: false,
    BinaryDataFactory: BundledBinaryData,
    verbosity: 0,
  });
  return { promise: Promise.race([task.promise, failed]), destroy: () => task.destroy() };
}
