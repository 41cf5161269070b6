import { useTranslation } from 'react-i18next';
import type { HsRejectedRow } from './importHsNomenclature';

/** Rows shown at once; a broken file can reject thousands and the user fixes the first ones first. */
const shownRows = 200;

/** The rows an import refused: line number, translated reason, and the row as it was in the file. */
export function RejectedRowsTable({ rows }: { rows: readonly HsRejectedRow[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{t('referenceData.rejected.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('referenceData.rejected.line')}</th>
            <th scope="col">{t('referenceData.rejected.reason')}</th>
            <th scope="col">{t('referenceData.rejected.raw')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shownRows).map((row) => (
            <tr key={row.line}>
              <td>{row.line}</td>
              <td>{t(`referenceData.reason.${row.reason}`)}</td>
              <td>
                <code>{row.raw}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shownRows ? <p>{t('referenceData.rejected.more', { count: rows.length - shownRows })}</p> : null}
    </div>
  );
}
