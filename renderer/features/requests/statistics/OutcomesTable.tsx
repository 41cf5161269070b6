import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n';
import { enumLabel } from '../../../records';
import { outcomeColumns, type OutcomeRow } from './requestStatistics';

/** How requests ended, one line per partner country or legal instrument, most requests first. */
export function OutcomesTable({ title, keyLabel, rows, nameOf }: { title: string; keyLabel: string; rows: readonly OutcomeRow[]; nameOf: (key: string) => string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const heading = (column: (typeof outcomeColumns)[number]) =>
    column === 'pending' || column === 'total' ? t(`requestStatistics.outcomes.${column}`) : enumLabel(t, 'requestOutcome', column);
  return (
    <table className="data-table request-stats-outcomes">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{keyLabel}</th>
          {outcomeColumns.map((column) => (
            <th key={column} scope="col" className="numeric">
              {heading(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, counts }) => (
          <tr key={key}>
            <th scope="row">{nameOf(key)}</th>
            {outcomeColumns.map((column) => (
              <td key={column} className="numeric">
                {fmt.number(counts[column])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
