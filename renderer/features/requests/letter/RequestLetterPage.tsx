import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { Banner, Select } from '../../../components';
import { useDatabase } from '../../../db';
import { keepSentLetter } from './keepSentLetter';
import { isPrintLanguage, PrintToolbar, pdfFileName, printLanguageList, printLanguages } from '../../../print';
import { enumLabel } from '../../../records';
import { RequestLetter } from './RequestLetter';
import { localIsoDate } from '../../../../shared/dates';
import { loadRequestLetter } from './loadRequestLetter';

/**
 * `/requests/:id/letter?lang=en|vi|bilingual`: the request's letter as it prints, in the
 * language asked for (the request's own by default), with "Save as PDF" and "Print" above it.
 * Everything around the letter stays off the paper.
 */
export function RequestLetterPage({ params }: { params: { id: string } }) {
  const { id } = params;
  const { t, i18n } = useTranslation();
  const { db, deviceId, actor } = useDatabase();
  const [kept, setKept] = useState<string | null>(null);
  const data = useLiveQuery(() => loadRequestLetter(db, id), [db, id]);
  const [location, navigate] = useLocation();
  const asked = new URLSearchParams(useSearch()).get('lang');

  if (data === undefined) return <p role="status">{t('requestLetter.page.loading')}</p>;
  if (data === null) {
    return (
      <Banner tone="error" title={t('requestLetter.page.notFound')}>
        <Link href="/requests">{t('requestLetter.page.back')}</Link>
      </Banner>
    );
  }
  const language = isPrintLanguage(asked) ? asked : data.request.language;
  const fileT = i18n.getFixedT(printLanguageList(language)[0]!);
  const fileName = pdfFileName(data.request.ourReference || data.request.subject, fileT('requestLetter.fileName'));
  const options = printLanguages.map((lang) => ({ id: lang, label: enumLabel(t, 'requestLanguage', lang) }));

  return (
    <div className="print-view">
      <PrintToolbar
        fileName={fileName}
        onPrinted={(pdf) =>
          void keepSentLetter(db, data.request, fileName, pdf.bytes, { actor: actor || deviceId, deviceId })
            .then((name) => name && setKept(name))
            .catch((error: unknown) => console.error('keeping the sent letter failed', error))
        }
      >
        <Link href={`/requests/${id}`}>{t('requestLetter.page.back')}</Link>
        <Select
          label={t('requestLetter.page.language')}
          options={options}
          value={language}
          onChange={(lang) => lang && navigate(`${location}?lang=${lang}`, { replace: true })}
        />
      </PrintToolbar>
      {kept ? (
        <p role="status" className="muted print-screen-only">
          {t('requestLetter.page.kept', { file: kept })}
        </p>
      ) : null}
      <RequestLetter {...data} language={language} today={localIsoDate()} />
    </div>
  );
}
