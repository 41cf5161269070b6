import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner, Button } from '../components';
import { useFormat } from '../i18n';
import { clampPage, fitWidth, pdfKeyAction, zoomIn, zoomOut } from './pdfControls';
import { isPasswordError, openPdf, PdfReaderUnavailableError } from './pdfDocument';
import { usePdfPage } from './usePdfPage';

type Loaded = { status: 'loading' } | { status: 'failed'; messageKey: string; reason: string } | { status: 'ready'; pdf: PDFDocumentProxy };

/** Which message says why a PDF did not open. */
const failureKey = (error: unknown) =>
  isPasswordError(error) ? 'attachments.pdf.password' : error instanceof PdfReaderUnavailableError ? 'attachments.pdf.readerFailed' : 'attachments.pdf.failed';

/**
 * A PDF inside the app: one page at a time on a canvas, with its text laid over it (selectable,
 * and read by screen readers and tests). Buttons and keys turn the pages and zoom; it opens
 * fitted to the width and stays fitted as the window changes until the officer zooms.
 */
export function PdfViewer({ bytes, name }: { bytes: Uint8Array; name: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState<number | 'fit'>('fit');
  const [fitted, setFitted] = useState(1);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const keysId = useId();

  useEffect(() => {
    const opening = openPdf(bytes);
    opening.promise.then(
      (pdf) => setLoaded({ status: 'ready', pdf }),
      (error: unknown) => setLoaded({ status: 'failed', messageKey: failureKey(error), reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => void opening.destroy();
  }, [bytes]);

  const pdf = loaded.status === 'ready' ? loaded.pdf : null;
  const count = pdf?.numPages ?? 0;
  const scale = zoom === 'fit' ? fitted : zoom;
  const { pageRef, canvasRef, textRef, pageWidth, failure } = usePdfPage(pdf, page, scale);

  // Fitting to the width follows the space the dialog gives the page (it changes with the window).
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || pageWidth === null) return;
    const measure = () => setFitted(fitWidth(pageWidth, scroller.clientWidth - 32));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [pageWidth]);

  if (loaded.status === 'loading') return <p role="status">{t('attachments.pdf.loading')}</p>;
  if (loaded.status === 'failed') {
    return <Banner tone="error">{t(loaded.messageKey, { reason: loaded.reason })}</Banner>;
  }

  const goTo = (target: number) => setPage(clampPage(target, count));
  const onKeyDown = (event: KeyboardEvent) => {
    const action = pdfKeyAction(event.key, { ctrl: event.ctrlKey || event.metaKey, alt: event.altKey });
    if (!action) return;
    event.preventDefault();
    if ('page' in action) goTo({ next: page + 1, previous: page - 1, first: 1, last: count }[action.page]);
    else setZoom(action.zoom === 'fit' ? 'fit' : (action.zoom === 'in' ? zoomIn : zoomOut)(scale));
  };

  return (
    <div className="pdf-viewer">
      <div className="pdf-toolbar" role="toolbar" aria-label={t('attachments.pdf.toolbar')}>
        <Button size="small" onPress={() => goTo(page - 1)} isDisabled={page <= 1}>
          {t('attachments.pdf.previous')}
        </Button>
        <span className="pdf-page-count" aria-live="polite" aria-label={t('attachments.pdf.page', { page, count })}>
          {t('attachments.pdf.pageOf', { page, count })}
        </span>
        <Button size="small" onPress={() => goTo(page + 1)} isDisabled={page >= count}>
          {t('attachments.pdf.next')}
        </Button>
        <span className="pdf-toolbar-gap" />
        <Button size="small" onPress={() => setZoom(zoomOut(scale))} aria-label={t('attachments.pdf.zoomOut')}>
          −
        </Button>
        <span className="pdf-zoom" aria-live="polite">
          {t('attachments.pdf.zoom', { percent: `${fmt.number(scale * 100, 0)}%` })}
        </span>
        <Button size="small" onPress={() => setZoom(zoomIn(scale))} aria-label={t('attachments.pdf.zoomIn')}>
          +
        </Button>
        <Button size="small" onPress={() => setZoom('fit')} isDisabled={zoom === 'fit'}>
          {t('attachments.pdf.fitWidth')}
        </Button>
      </div>
      <p id={keysId} className="pdf-keys">
        {t('attachments.pdf.keys')}
      </p>
      {failure && <Banner tone="error">{t('attachments.pdf.failed', { reason: failure })}</Banner>}
      <div
        ref={scrollerRef}
        className="pdf-scroller"
        // Focusable so the keys work without a mouse; a region so screen readers can find the page.
        tabIndex={0}
        role="region"
        aria-label={`${name}: ${t('attachments.pdf.page', { page, count })}`}
        aria-describedby={keysId}
        onKeyDown={onKeyDown}
      >
        <div ref={pageRef} className="pdf-page">
          <canvas ref={canvasRef} className="pdf-canvas" aria-hidden="true" />
          <div ref={textRef} className="textLayer" />
        </div>
      </div>
    </div>
  );
}
