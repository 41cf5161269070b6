import { useTranslation } from 'react-i18next';
import { FormSection } from '../../components';
import { ExportWorkspaceForm } from './ExportWorkspaceForm';
import { ImportWorkspaceForm } from './ImportWorkspaceForm';

/**
 * Settings > Workspace file: the whole workspace as one encrypted file, carried to another
 * computer where there is no network, and imported there into an empty profile.
 */
export function WorkspaceFileSection() {
  const { t } = useTranslation();
  return (
    <FormSection title={t('settings.workspaceFile.title')} description={t('settings.workspaceFile.description')}>
      <div className="stack">
        <h3>{t('settings.workspaceFile.export.title')}</h3>
        <ExportWorkspaceForm />
        <h3>{t('settings.workspaceFile.import.title')}</h3>
        <ImportWorkspaceForm />
      </div>
    </FormSection>
  );
}
