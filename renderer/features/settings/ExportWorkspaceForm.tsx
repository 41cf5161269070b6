import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { Banner, Button, FieldGrid, FormActions } from '../../components';
import { useDatabase } from '../../db';
import { SaveStatus, useFileSave } from '../../export';
import { workspaceFileMediaType, workspaceFileName, type WorkspaceFileProgress, type WorkspaceFileSummary } from '../../workspaceFile';
import { NewPassphraseFields, useNewPassphrase } from '../lock';
import { exportProfileWorkspace, recordWorkspaceExport } from './profileWorkspaceFile';
import { WorkspaceFileCounts, WorkspaceFileProgressBar } from './WorkspaceFileReport';
import { workspaceFileProblem } from './workspaceFileMessages';

/**
 * "Export workspace…": a passphrase for the file, typed twice and held to the lock's strength
 * rule (the file leaves this computer), then the whole workspace saved as one encrypted file
 * through the Platform, and what it holds. A failure leaves the form as it was, to try again.
 */
export function ExportWorkspaceForm() {
  const { t } = useTranslation();
  const { db, deviceId, actor } = useDatabase();
  const passphrase = useNewPassphrase();
  const { state: saveState, save } = useFileSave();
  const [editing, setEditing] = useState(false);
  const [progress, setProgress] = useState<WorkspaceFileProgress | null>(null);
  const [problem, setProblem] = useState<ReturnType<typeof workspaceFileProblem> | null>(null);
  const [saved, setSaved] = useState<WorkspaceFileSummary | null>(null);
  const busy = progress !== null;

  const close = () => {
    setEditing(false);
    setProblem(null);
    passphrase.reset();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !(await passphrase.validate())) return;
    setProblem(null);
    setSaved(null);
    setProgress({ step: 'reading', fraction: 0 });
    try {
      const { origin, bytes, summary } = await exportProfileWorkspace(db, passphrase.passphrase, setProgress);
      if (await save(workspaceFileName(origin.workspaceName, new Date()), bytes, workspaceFileMediaType, 0)) {
        setSaved(summary);
        close();
        // Once saved, not when the dialog is cancelled. The file exists: a log that could not be
        // written must not turn the export into a failure.
        await recordWorkspaceExport(db, { actor: actor || deviceId, deviceId }).catch((error: unknown) => console.warn('Export not logged', error));
      }
    } catch (error) {
      setProblem(workspaceFileProblem(error));
    } finally {
      setProgress(null);
    }
  };

  if (!editing) {
    return (
      <div className="stack">
        <div>
          <Button variant="secondary" onPress={() => setEditing(true)}>
            {t('settings.workspaceFile.export.open')}
          </Button>
        </div>
        {saveState.kind !== 'idle' ? <SaveStatus state={saveState} countsRows={false} /> : null}
        {saved ? <WorkspaceFileCounts summary={saved} /> : null}
      </div>
    );
  }

  return (
    <Form onSubmit={submit} validationBehavior="aria" className="form stack" aria-label={t('settings.workspaceFile.export.title')} data-testid="export-workspace">
      <p>{t('settings.workspaceFile.export.intro')}</p>
      <FieldGrid columns={1}>
        <NewPassphraseFields state={passphrase} label={t('settings.workspaceFile.export.passphrase')} autoFocus />
      </FieldGrid>
      {progress ? <WorkspaceFileProgressBar progress={progress} /> : null}
      {problem ? <Banner tone="error">{t(problem.key, problem.values)}</Banner> : null}
      {saveState.kind === 'cancelled' || saveState.kind === 'failed' ? <SaveStatus state={saveState} countsRows={false} /> : null}
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={busy}>
          {t('settings.workspaceFile.export.submit')}
        </Button>
        <Button variant="secondary" onPress={close} isDisabled={busy}>
          {t('common.actions.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}
