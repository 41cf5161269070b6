import { useTranslation } from 'react-i18next';
import type { CsvSaveState } from './useCsvSave';

/**
 * Says what the last export did, next to its button: how many rows went into which file (or just
 * the file, for a document such as JSON), that the dialog was cancelled, or why it failed.
 */
export function SaveStatus({ state, countsRows = true }: { state: CsvSaveState; countsRows?: boolean }) {
  const { t } = useTranslation();
  const text =
    state.kind === 'saved'
      ? countsRows
        ? t('common.export.saved', { count: state.rows, file: state.file })
        : t('common.export.savedFile', { file: state.file })
      : state.kind === 'cancelled'
        ? t('common.export.cancelled')
        : state.kind === 'failed'
          ? t('common.export.failed', { reason: state.reason })
          : '';
  return (
    <p role="status" className={state.kind === 'failed' ? 'field-error' : 'muted'}>
      {text}
    </p>
  );
}
