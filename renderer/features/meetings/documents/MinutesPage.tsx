import { useTranslation } from 'react-i18next';
import { Select } from '../../../components';
import { pdfFileName, printLanguageList } from '../../../print';
import { DocumentPage, useDocumentQuery } from './DocumentPage';
import { Minutes } from './Minutes';
import { defaultMinutesKind, isMinutesKind, minutesKinds } from './minutesContent';

/**
 * `/meetings/:id/minutes?lang=en|vi|bilingual&kind=joint|unilateral`: the meeting's minutes as
 * they print, joint minutes or a unilateral record (by default what the minutes status says),
 * with "Save as PDF" and "Print" above them.
 */
export function MinutesPage({ params }: { params: { id: string } }) {
  const { t, i18n } = useTranslation();
  const { query, setParam } = useDocumentQuery();
  const asked = query.get('kind');
  return (
    <DocumentPage
      meetingId={params.id}
      fileName={(bundle, language) =>
        pdfFileName(bundle.meeting.title, i18n.getFixedT(printLanguageList(language)[0]!)('meetingDocuments.page.minutesFile'))
      }
      controls={(bundle) => (
        <Select
          label={t('meetingDocuments.page.kind')}
          options={minutesKinds.map((kind) => ({ id: kind, label: t(`meetingDocuments.page.kinds.${kind}`) }))}
          value={isMinutesKind(asked) ? asked : defaultMinutesKind(bundle.meeting.minutesStatus)}
          onChange={(kind) => kind && setParam('kind', kind)}
        />
      )}
    >
      {(bundle, language) => (
        <Minutes bundle={bundle} language={language} kind={isMinutesKind(asked) ? asked : defaultMinutesKind(bundle.meeting.minutesStatus)} />
      )}
    </DocumentPage>
  );
}
