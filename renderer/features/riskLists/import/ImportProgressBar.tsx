import { useTranslation } from 'react-i18next';
import { Button } from '../../../components';
import type { ImportProgress } from './useListImport';

/**
 * The import's progress: which phase, how far (a phase that cannot count shows an indeterminate
 * bar), and Cancel while cancelling still leaves nothing (`onCancel` null once the write began).
 */
export function ImportProgressBar({ progress, onCancel }: { progress: ImportProgress | null; onCancel: (() => void) | null }) {
  const { t } = useTranslation();
  const phase = progress?.phase ?? 'reading';
  const counted = progress !== null && progress.total > 1;
  const percent = counted ? Math.round((progress.done / progress.total) * 100) : null;
  return (
    <div className="import-progress cluster" role="group" aria-label={t('riskLists.import.progressLabel')}>
      <progress max={100} value={percent ?? undefined} aria-label={t(`riskLists.import.phase.${phase}`)} />
      <span role="status">
        {t(`riskLists.import.phase.${phase}`)}
        {counted ? ` ${t('riskLists.import.rowsChecked', { done: progress.done, total: progress.total })}` : ''}
      </span>
      {onCancel ? (
        <Button size="small" onPress={onCancel}>
          {t('common.actions.cancel')}
        </Button>
      ) : null}
    </div>
  );
}
