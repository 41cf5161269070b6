import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rowErrorIn, type DetailedRowError, type RowError } from '../../../../shared/riskLists';
import { Button, DataGrid, type DataGridColumn } from '../../../components';
import { SaveStatus, useCsvSave } from '../../../export';
import { isLanguage } from '../../../i18n';

type ErrorRow = RowError & { id: string };

/**
 * The file's problems as a table (row as a spreadsheet numbers it, column, value, what is wrong),
 * exportable as CSV. What is wrong is said in the UI language, on screen and in the export alike;
 * the column and value stay as the file wrote them, so the list's owner can find them.
 */
export function ImportErrors({ errors, fileName }: { errors: readonly DetailedRowError[]; fileName: string }) {
  const { t, i18n } = useTranslation();
  const csv = useCsvSave();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const rows: ErrorRow[] = useMemo(() => errors.map((e, i) => ({ ...rowErrorIn(e, language), id: String(i) })), [errors, language]);
  const columns: DataGridColumn<ErrorRow>[] = [
    { key: 'row', label: t('riskLists.errors.row'), width: '5rem', render: (e) => (e.row === 0 ? '—' : String(e.row)) },
    { key: 'column', label: t('riskLists.errors.column'), width: '10rem', render: (e) => e.column ?? '—' },
    { key: 'value', label: t('riskLists.errors.value'), width: 'minmax(8rem, 1fr)', render: (e) => e.value },
    { key: 'message', label: t('riskLists.errors.message'), width: 'minmax(16rem, 3fr)', render: (e) => e.message },
  ];
  const exportErrors = () =>
    void csv.save(`${fileName.replace(/\.[^.]+$/, '') || 'risk-list'}-errors.csv`, [
      [t('riskLists.errors.row'), t('riskLists.errors.column'), t('riskLists.errors.value'), t('riskLists.errors.message')],
      ...rows.map((e) => [e.row, e.column, e.value, e.message]),
    ]);
  return (
    <div className="stack risk-import-errors">
      <div className="cluster">
        <h3>{t('riskLists.errors.title', { count: errors.length })}</h3>
        <Button size="small" onPress={exportErrors}>
          {t('riskLists.errors.export')}
        </Button>
        <SaveStatus state={csv.state} />
      </div>
      <DataGrid rows={rows} columns={columns} label={t('riskLists.errors.title', { count: errors.length })} onOpen={() => undefined} rowHeight={36} />
    </div>
  );
}
