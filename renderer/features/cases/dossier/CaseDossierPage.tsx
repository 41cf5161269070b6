import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Banner } from '../../../components';
import { PrintToolbar, pdfFileName } from '../../../print';
import { useCaseBundle, useCaseNotes } from '../useCaseBundle';
import { CaseDossier } from './CaseDossier';

const today = () => new Date().toISOString().slice(0, 10);

/** `/cases/:id/dossier`: the case as a printed dossier, with "Save as PDF" and "Print" above it. */
export function CaseDossierPage({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const bundle = useCaseBundle(params.id);
  const notes = useCaseNotes(params.id);
  if (bundle === undefined || notes === undefined) return <p role="status">{t('caseDossier.loading')}</p>;
  if (bundle === null) {
    return (
      <Banner tone="error" title={t('caseDossier.notFound')}>
        <Link href="/cases">{t('caseDossier.back')}</Link>
      </Banner>
    );
  }
  return (
    <div className="print-view">
      <PrintToolbar fileName={pdfFileName(bundle.case.reference, t('caseDossier.fileName'))}>
        <Link href={`/cases/${params.id}`}>{t('caseDossier.back')}</Link>
      </PrintToolbar>
      <CaseDossier bundle={bundle} notes={notes} printedOn={today()} />
    </div>
  );
}
