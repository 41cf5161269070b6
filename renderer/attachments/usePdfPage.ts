import { TextLayer, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';

/**
 * Draws one page of `pdf` at `scale` into the returned canvas, sharp on high-density screens,
 * and lays its text over it (pdf.js's text layer, positioned through `--total-scale-factor`).
 * A new page or scale cancels the drawing in progress and waits for it to stop: one canvas
 * cannot take two drawings at once. `pageWidth` is the page's width in points, for fitting.
 */
export function usePdfPage(pdf: PDFDocumentProxy | null, pageNumber: number, scale: number) {
  const pageRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const drawing = useRef<Promise<unknown>>(Promise.resolve());
  const [pageWidth, setPageWidth] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!pdf) return;
    let cancelled = false;
    let task: RenderTask | null = null;
    let textLayer: TextLayer | null = null;
    const previous = drawing.current;
    const draw = async () => {
      await previous.catch(() => undefined);
      const page = await pdf.getPage(pageNumber);
      const [box, canvas, text] = [pageRef.current, canvasRef.current, textRef.current];
      if (cancelled || !box || !canvas || !text) return;
      setPageWidth(page.getViewport({ scale: 1 }).width);
      const viewport = page.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      // Sizes through the CSSOM (allowed by the CSP, unlike style attributes in markup).
      for (const element of [box, canvas]) {
        element.style.width = `${Math.floor(viewport.width)}px`;
        element.style.height = `${Math.floor(viewport.height)}px`;
      }
      box.style.setProperty('--total-scale-factor', String(scale));
      task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      await task.promise;
      if (cancelled) return;
      text.replaceChildren();
      textLayer = new TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport });
      await textLayer.render();
      setFailure(null);
    };
    drawing.current = draw().catch((error: unknown) => {
      if (cancelled || (error instanceof Error && error.name === 'RenderingCancelledException')) return;
      setFailure(error instanceof Error ? error.message : String(error));
    });
    return () => {
      cancelled = true;
      task?.cancel();
      textLayer?.cancel();
    };
  }, [pdf, pageNumber, scale]);

  return { pageRef, canvasRef, textRef, pageWidth, failure };
}
