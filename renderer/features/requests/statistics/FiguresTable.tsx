import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n';
import type { PeriodFigures, RequestStatistics, ResponseTimes } from './requestStatistics';

/**
 * The figures by period, a total in the footer: counts, and the response times of each direction
 * as replies / median / 90th percentile. Days show with at most one decimal (an interpolated
 * percentile can fall between two days); a dash where there was no reply.
 */
export function FiguresTable({ stats, periodName }: { stats: RequestStatistics; periodName: (key: string) => string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const f = (key: string) => t(`requestStatistics.figures.${key}`);
  const days = (value: number | null) => (value === null ? '–' : fmt.number(value, 1));
  const times = (r: ResponseTimes) => [fmt.number(r.count), days(r.median), days(r.p90)];
  const cells = (p: PeriodFigures) => [fmt.number(p.sent), fmt.number(p.received), ...times(p.theirReplies), ...times(p.ourReplies), fmt.number(p.overdue)];
  const row = (p: PeriodFigures) => (
    <tr key={p.period}>
      <th scope="row">{periodName(p.period)}</th>
      {cells(p).map((cell, i) => (
        <td key={i} className="numeric">
          {cell}
        </td>
      ))}
    </tr>
  );
  return (
    <div className="request-stats-table">
      <table className="data-table">
        <caption>{f('caption')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {f('period')}
            </th>
            <th scope="col" rowSpan={2} className="numeric">
              {f('sent')}
            </th>
            <th scope="col" rowSpan={2} className="numeric">
              {f('received')}
            </th>
            <th scope="colgroup" colSpan={3}>
              {f('theirReplies')}
            </th>
            <th scope="colgroup" colSpan={3}>
              {f('ourReplies')}
            </th>
            <th scope="col" rowSpan={2} className="numeric">
              {f('overdue')}
            </th>
          </tr>
          <tr>
            {['replies', 'median', 'p90', 'replies', 'median', 'p90'].map((key, i) => (
              <th key={i} scope="col" className="numeric">
                {f(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{stats.periods.map(row)}</tbody>
        <tfoot>{row(stats.total)}</tfoot>
      </table>
      <p className="request-stats-method">{f('method')}</p>
    </div>
  );
}
