import { useTranslation } from 'react-i18next';
import { Banner, Button } from '../../../components';
import { useCsvSave, type CsvCell } from '../../../export';
import { useFormat } from '../../../i18n';

export interface StatisticsExport {
  /** `figures`, `outcomes` or `register`: names the button (`requestStatistics.export.<id>`). */
  id: 'figures' | 'outcomes' | 'register';
  fileName: () => string;
  rows: () => CsvCell[][];
  /** The requests the file holds, one per row: logged as exported once it is saved. */
  requestIds?: () => readonly string[];
}

/** The page's CSV buttons and one status line saying what was saved where (or why not). */
export function StatisticsExports({ exports, disabled, onRequestsExported }: { exports: readonly StatisticsExport[]; disabled: boolean; onRequestsExported?: (requestIds: readonly string[]) => Promise<void> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { state, save } = useCsvSave();
  const saveExport = async (e: StatisticsExport) => {
    if ((await save(e.fileName(), e.rows())) && e.requestIds) await onRequestsExported?.(e.requestIds());
  };
  return (
    <div className="request-stats-exports">
      <div className="request-stats-export-buttons">
        {exports.map((e) => (
          <Button key={e.id} isDisabled={disabled || state.kind === 'saving'} onPress={() => void saveExport(e)}>
            {t(`requestStatistics.export.${e.id}`)}
          </Button>
        ))}
      </div>
      <div role="status" className="request-stats-export-status">
        {state.kind === 'saving'
          ? t('requestStatistics.export.saving')
          : state.kind === 'saved'
            ? t('requestStatistics.export.saved', { count: state.rows, formatted: fmt.number(state.rows), file: state.file })
            : state.kind === 'cancelled'
              ? t('requestStatistics.export.cancelled')
              : null}
      </div>
      {state.kind === 'failed' ? <Banner tone="error" title={t('requestStatistics.export.failed', { reason: state.reason })} /> : null}
    </div>
  );
}
