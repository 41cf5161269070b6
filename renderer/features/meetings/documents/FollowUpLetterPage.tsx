import { useTranslation } from 'react-i18next';
import { pdfFileName, printLanguageList } from '../../../print';
import { localIsoDate } from '../../../../shared/dates';
import { DocumentPage } from './DocumentPage';
import { FollowUpLetter } from './FollowUpLetter';

/**
 * `/meetings/:id/letter?lang=en|vi|bilingual`: the follow-up letter to the counterpart as it
 * prints, dated today, with "Save as PDF" and "Print" above it.
 */
export function FollowUpLetterPage({ params }: { params: { id: string } }) {
  const { i18n } = useTranslation();
  return (
    <DocumentPage
      meetingId={params.id}
      fileName={(bundle, language) =>
        pdfFileName(bundle.meeting.title, i18n.getFixedT(printLanguageList(language)[0]!)('meetingDocuments.page.letterFile'))
      }
    >
      {(bundle, language) => <FollowUpLetter bundle={bundle} language={language} today={localIsoDate()} />}
    </DocumentPage>
  );
}
