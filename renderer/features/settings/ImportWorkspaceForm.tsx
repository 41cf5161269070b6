import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { Banner, Button, FormActions, TextField } from '../../components';
import { useDatabase } from '../../db';
import { holdsRecords, workspaceFileExtension, type WorkspaceFileProgress, type WorkspaceFileSummary } from '../../workspaceFile';
import { useSyncStore } from '../sync';
import { importIntoProfile } from './profileWorkspaceFile';
import { WorkspaceFileCounts, WorkspaceFileProgressBar } from './WorkspaceFileReport';
import { workspaceFileErrorKeys, workspaceFileProblem } from './workspaceFileMessages';

type Chosen = { name: string; bytes: Uint8Array<ArrayBuffer> };

/**
 * "Import workspace file…": on a profile that is neither connected nor holding records, pick a
 * `.attache` file, type its passphrase, and its records load (all or nothing), then what came.
 * A wrong passphrase or a damaged file says so and keeps the file chosen, to try again.
 */
export function ImportWorkspaceForm() {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const inputId = useId();
  const enrollment = useSyncStore((s) => s.enrollment);
  const holding = useLiveQuery(() => holdsRecords(db), [db]);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [progress, setProgress] = useState<WorkspaceFileProgress | null>(null);
  const [problem, setProblem] = useState<ReturnType<typeof workspaceFileProblem> | null>(null);
  const [imported, setImported] = useState<{ file: string; summary: WorkspaceFileSummary } | null>(null);
  const busy = progress !== null;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    setProblem(null);
    setChosen(file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !chosen) return;
    setProblem(null);
    setProgress({ step: 'decrypting', fraction: 0 });
    try {
      const summary = await importIntoProfile(db, chosen.bytes, passphrase, setProgress);
      setImported({ file: chosen.name, summary });
      setChosen(null);
      setPassphrase('');
    } catch (error) {
      setProblem(workspaceFileProblem(error));
    } finally {
      setProgress(null);
    }
  };

  if (imported) {
    const from = imported.summary.origin.workspaceName ?? t('settings.workspaceFile.import.unnamedOrigin');
    return (
      <Banner tone="success" title={t('settings.workspaceFile.import.done', { file: imported.file, workspace: from })}>
        <WorkspaceFileCounts summary={imported.summary} />
        <p>{t('settings.workspaceFile.import.afterwards')}</p>
      </Banner>
    );
  }
  if (enrollment) return <p className="muted">{t('settings.workspaceFile.import.connected', { workspace: enrollment.workspace.name })}</p>;
  if (holding !== false) return holding ? <p className="muted">{t('settings.workspaceFile.import.notEmpty')}</p> : null;

  const wrongPassphrase = problem?.key === workspaceFileErrorKeys.wrong_passphrase;
  return (
    <Form onSubmit={submit} validationBehavior="aria" className="form stack" aria-label={t('settings.workspaceFile.import.title')} data-testid="import-workspace">
      <p>{t('settings.workspaceFile.import.intro')}</p>
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          {t('settings.workspaceFile.import.fileLabel')}
        </label>
        <input id={inputId} type="file" accept={workspaceFileExtension} disabled={busy} onChange={(event) => void onFile(event)} />
      </div>
      {chosen ? (
        <TextField
          label={t('settings.workspaceFile.import.passphrase')}
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={setPassphrase}
          errorMessage={wrongPassphrase ? t(problem.key) : null}
          isRequired
        />
      ) : null}
      {progress ? <WorkspaceFileProgressBar progress={progress} /> : null}
      {problem && !wrongPassphrase ? <Banner tone="error">{t(problem.key, problem.values)}</Banner> : null}
      {chosen ? (
        <FormActions>
          <Button type="submit" variant="primary" isDisabled={busy || passphrase === ''}>
            {t('settings.workspaceFile.import.submit')}
          </Button>
        </FormActions>
      ) : null}
    </Form>
  );
}
