import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n';
import { pageRulesCss } from './pageRules';
import { usePageRules } from './usePageRules';
import './printFonts.css';
import './print.css';

export interface PrintDocumentProps {
  /** The languages the document is written in, in reading order (a bilingual letter: both). */
  languages: readonly Language[];
  /** What the document is, for screen readers ("Request letter 2026-K7QX-0042"). */
  title: string;
  /** The confidentiality marking printed at the head and foot of every page; none when public. */
  marking?: string | undefined;
  children: ReactNode;
}

/**
 * A printed document (a request letter, a case dossier, meeting minutes): on screen a sheet of
 * A4 paper in the page, on paper (or PDF) the only thing printed, in Noto Serif, with its page
 * numbers ("Page 2 of 5" / "Trang 2/5", in the document's languages, not the UI's) and its
 * marking on every page. Route-agnostic: the caller lays out the content and any toolbar.
 */
export function PrintDocument({ languages, title, marking, children }: PrintDocumentProps) {
  const { i18n } = useTranslation();
  // The placeholders go through as text and become CSS page counters (pageRules.ts).
  const pageLabel = languages.map((lng) => i18n.getFixedT(lng)('print.pageOf', { page: '{{page}}', pages: '{{pages}}' })).join(' / ');
  usePageRules(pageRulesCss({ pageLabel, marking }));
  return (
    <article className="print-document" aria-label={title} lang={languages.length === 1 ? languages[0] : undefined}>
      {/* On paper the marking is in the page margins (every page); on screen it heads the sheet. */}
      {marking ? <p className="print-marking print-screen-only">{marking}</p> : null}
      {children}
    </article>
  );
}
