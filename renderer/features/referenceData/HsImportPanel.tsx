import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Banner } from '../../components';
import { useDatabase } from '../../db';
import { useHs2022 } from './hs2022';
import { HsImportError, importHsNomenclature, type HsImportProgress, type HsImportResult } from './importHsNomenclature';
import { RejectedRowsTable } from './RejectedRowsTable';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'importing'; fileName: string; progress: HsImportProgress | null }
  | { kind: 'done'; fileName: string; result: HsImportResult }
  | { kind: 'failed'; fileName: string; errorKey: string };

/**
 * Import of a national tariff or nomenclature on top of the built-in HS 2022 (shown in Settings
 * beside `HsCodeLookup`): pick a CSV file,
 * watch it import, read what was imported and every rejected row with its line and reason.
 * Importing is an upsert, so a corrected file can simply be imported again. Headings are h3: the
 * panel sits inside a titled settings section.
 */
export function HsImportPanel() {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const inputId = useId();
  const hintId = useId();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const stored = useLiveQuery(() => db.hsCodes.count(), [db]);
  const hs2022 = useHs2022();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ kind: 'importing', fileName: file.name, progress: null });
    try {
      const result = await importHsNomenclature(db, file, (progress) =>
        setState({ kind: 'importing', fileName: file.name, progress }),
      );
      setState({ kind: 'done', fileName: file.name, result });
    } catch (error) {
      const errorKey = error instanceof HsImportError ? `referenceData.error.${error.reason}` : 'referenceData.error.readFailed';
      setState({ kind: 'failed', fileName: file.name, errorKey });
    } finally {
      input.value = ''; // the same file can be picked again after fixing it
    }
  };

  const percent =
    state.kind === 'done' ? 100 : state.kind === 'importing' ? Math.round((state.progress?.fraction ?? 0) * 100) : null;

  return (
    <div className="reference-data-panel stack">
      <h3>{t('referenceData.import.title')}</h3>
      <div>
        <p>{t('referenceData.import.intro')}</p>
        {hs2022 ? <p className="muted">{t('referenceData.import.builtIn', { count: hs2022.size })}</p> : null}
        <p className="muted">{t('referenceData.import.stored', { count: stored ?? 0 })}</p>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          {t('referenceData.import.fileLabel')}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={hintId}
          disabled={state.kind === 'importing'}
          onChange={(event) => void onFile(event)}
        />
        <p id={hintId} className="field-description">
          {t('referenceData.import.fileHint')}
        </p>
      </div>
      {percent !== null ? (
        <div className="import-progress cluster">
          <progress max={100} value={percent} aria-label={t('referenceData.import.progressLabel')} />
          <span aria-hidden="true">{t('referenceData.import.percent', { percent })}</span>
        </div>
      ) : null}
      {state.kind === 'importing' ? <p role="status">{t('referenceData.import.importing', { file: state.fileName })}</p> : null}
      {state.kind === 'failed' ? (
        <Banner tone="error" title={t('referenceData.import.failed', { file: state.fileName })}>
          {t(state.errorKey)}
        </Banner>
      ) : null}
      {state.kind === 'done' ? (
        <>
          <Banner tone={state.result.rejected.length > 0 ? 'warning' : 'success'} title={t('referenceData.import.done', { file: state.fileName })}>
            <p>{t('referenceData.import.importedCount', { count: state.result.imported })}</p>
            <p>{t('referenceData.import.rejectedCount', { count: state.result.rejected.length })}</p>
          </Banner>
          {state.result.rejected.length > 0 ? <RejectedRowsTable rows={state.result.rejected} /> : null}
        </>
      ) : null}
    </div>
  );
}
