import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { Banner, Select } from '../../../components';
import { isPrintLanguage, printLanguages, PrintToolbar } from '../../../print';
import { enumLabel } from '../../../records';
import { useMeetingBundle, type MeetingBundle } from '../data/meetingData';
import type { DocumentLanguage } from './documentWords';

/** The query of a document's address, and a way to change one of its parameters in place (`?lang=vi&kind=joint`). */
export function useDocumentQuery(): { query: URLSearchParams; setParam(name: string, value: string): void } {
  const [location, navigate] = useLocation();
  const search = useSearch();
  const query = new URLSearchParams(search);
  return {
    query,
    setParam(name, value) {
      const next = new URLSearchParams(search);
      next.set(name, value);
      navigate(`${location}?${next.toString()}`, { replace: true });
    },
  };
}

/** The document's language: `?lang=` when valid, else the UI's. */
export function documentLanguageOf(query: URLSearchParams, uiLanguage: string): DocumentLanguage {
  const asked = query.get('lang');
  if (isPrintLanguage(asked)) return asked;
  return uiLanguage.startsWith('vi') ? 'vi' : 'en';
}

export interface DocumentPageProps {
  meetingId: string;
  /** The PDF's name for the loaded meeting and chosen language. */
  fileName(bundle: MeetingBundle, language: DocumentLanguage): string;
  /** The view's own controls after the language choice (the kind of minutes). */
  controls?(bundle: MeetingBundle): ReactNode;
  children(bundle: MeetingBundle, language: DocumentLanguage): ReactNode;
}

/**
 * A meeting document's screen, in the UI's language: back to the meeting, the document's
 * language (`?lang=en|vi|bilingual`), the view's own controls, "Save as PDF" and "Print" above
 * the paper (renderer/print); the paper itself is in the chosen language.
 */
export function DocumentPage({ meetingId, fileName, controls, children }: DocumentPageProps) {
  const { t, i18n } = useTranslation();
  const bundle = useMeetingBundle(meetingId);
  const { query, setParam } = useDocumentQuery();
  const back = <Link href={`/meetings/${meetingId}`}>{t('meetingDocuments.page.back')}</Link>;

  if (bundle === undefined) return <p role="status">{t('meetingDocuments.page.loading')}</p>;
  if (bundle === null) {
    return (
      <Banner tone="error" title={t('meetingDocuments.page.notFound')}>
        {back}
      </Banner>
    );
  }
  const language = documentLanguageOf(query, i18n.language);
  const options = printLanguages.map((lang) => ({ id: lang, label: enumLabel(t, 'requestLanguage', lang) }));
  return (
    <div className="print-view">
      <PrintToolbar fileName={fileName(bundle, language)}>
        {back}
        <Select
          label={t('meetingDocuments.page.language')}
          options={options}
          value={language}
          onChange={(lang) => lang && setParam('lang', lang)}
        />
        {controls?.(bundle)}
      </PrintToolbar>
      {children(bundle, language)}
    </div>
  );
}
