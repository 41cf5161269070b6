import { useTranslation } from 'react-i18next';
import { FormSection } from '../../components';
import { HsCodeLookup, HsImportPanel } from '../referenceData';

/** Import of an HS nomenclature and look-up in it (both owned by the referenceData feature). */
export function ReferenceDataSection() {
  const { t } = useTranslation();
  return (
    <FormSection title={t('settings.referenceData.title')} description={t('settings.referenceData.description')}>
      <div className="stack">
        <HsImportPanel />
        <HsCodeLookup />
      </div>
    </FormSection>
  );
}
