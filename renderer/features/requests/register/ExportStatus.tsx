import { useTranslation } from 'react-i18next';
import type { CsvSaveState } from '../../../export';

/** Says what the last CSV export did: how many requests went into which file, or why not. */
export function ExportStatus({ state }: { state: CsvSaveState }) {
  const { t } = useTranslation();
  const text =
    state.kind === 'saved'
      ? t('requests.register.exportSaved', { count: state.rows, file: state.file })
      : state.kind === 'cancelled'
        ? t('requests.register.exportCancelled')
        : state.kind === 'failed'
          ? t('requests.register.exportFailed', { reason: state.reason })
          : '';
  return (
    <p role="status" className={state.kind === 'failed' ? 'field-error' : 'muted'}>
      {text}
    </p>
  );
}
