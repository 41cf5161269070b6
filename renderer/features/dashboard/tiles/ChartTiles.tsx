import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { actionItemStatuses, meetingSides, type ActionItem } from '../../../../shared/domain';
import { BarChart, type ChartSeries } from '../../../charts';
import { useFormat } from '../../../i18n';
import { enumLabel } from '../../../records';
import { activeActionStatuses, actionItemsBySideAndStatus, requestsByPartner, requestsByStatus } from '../dashboardFigures';
import type { RequestFigures } from '../dashboardData';
import { actionsRoute, requestsRoute } from '../dashboardLinks';
import { Tile, TileLink } from '../Tile';
import { useCasesPerMonth } from '../useDashboardData';

/** A chart's categories as links to the list filtered on each (the bars themselves take no focus). */
function CategoryLinks({ links, label }: { links: readonly { key: string; label: string; count: string; to: string }[]; label: string }) {
  if (links.length === 0) return null;
  return (
    <ul className="dashboard-chart-links" aria-label={label}>
      {links.map((link) => (
        <li key={link.key}>
          <TileLink to={link.to}>
            {link.label} <span className="dashboard-chart-count">{link.count}</span>
          </TileLink>
        </li>
      ))}
    </ul>
  );
}

/** Open requests by status and by partner country, each linking to the register so filtered. */
export function RequestCharts({ figures }: { figures: RequestFigures | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const byStatus = useMemo(() => (figures ? requestsByStatus(figures.open) : undefined), [figures]);
  const byPartner = useMemo(() => (figures ? requestsByPartner(figures.open) : undefined), [figures]);
  const number = (n: number) => fmt.number(n);
  const partnerName = (code: string) => (code ? fmt.countryName(code) : t('dashboard.charts.noPartner'));
  return (
    <>
      <Tile id="requests-by-status" title={t('dashboard.charts.requestsByStatus')} to={requestsRoute({ status: 'open' })} className="dashboard-chart">
        {byStatus ? (
          <>
            <BarChart
              title={t('dashboard.charts.requestsByStatus')}
              categories={byStatus.map((s) => enumLabel(t, 'requestStatus', s.status))}
              series={[{ key: 'requests', label: t('dashboard.charts.requests'), values: byStatus.map((s) => s.count) }]}
              formatValue={number}
              categoryLabel={t('dashboard.charts.status')}
              tableLabel={t('dashboard.charts.table')}
              height={200}
            />
            <CategoryLinks
              label={t('dashboard.charts.open')}
              links={byStatus.filter((s) => s.count > 0).map((s) => ({ key: s.status, label: enumLabel(t, 'requestStatus', s.status), count: number(s.count), to: requestsRoute({ status: s.status }) }))}
            />
          </>
        ) : undefined}
      </Tile>
      <Tile id="requests-by-partner" title={t('dashboard.charts.requestsByPartner')} to={requestsRoute({ status: 'open' })} className="dashboard-chart">
        {byPartner ? (
          <>
            <BarChart
              title={t('dashboard.charts.requestsByPartner')}
              categories={byPartner.map((p) => partnerName(p.country))}
              series={[{ key: 'requests', label: t('dashboard.charts.requests'), values: byPartner.map((p) => p.count) }]}
              formatValue={number}
              categoryLabel={t('dashboard.charts.partner')}
              tableLabel={t('dashboard.charts.table')}
              height={200}
            />
            <CategoryLinks
              label={t('dashboard.charts.open')}
              links={byPartner
                .filter((p) => p.country !== '')
                .map((p) => ({ key: p.country, label: partnerName(p.country), count: number(p.count), to: requestsRoute({ status: 'open', partner: p.country }) }))}
            />
          </>
        ) : undefined}
      </Tile>
    </>
  );
}

/** Action items still to do, by owner side and status, each pair linking to the tracker so filtered. */
export function ActionItemsChart({ items }: { items: readonly Pick<ActionItem, 'ownerSide' | 'status'>[] | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const table = useMemo(() => (items ? actionItemsBySideAndStatus(items, activeActionStatuses) : undefined), [items]);
  const series: ChartSeries[] = activeActionStatuses.map((status, i) => ({
    key: status,
    label: enumLabel(t, 'actionItemStatus', status),
    values: meetingSides.map((side) => table?.[side][status] ?? 0),
    tone: i === 0 ? 'primary' : 'progress',
  }));
  const sideLabel = (side: string) => enumLabel(t, 'meetingSide', side);
  return (
    <Tile id="actions-by-side" title={t('dashboard.charts.actionsBySide')} to={actionsRoute({ statuses: [...activeActionStatuses] })} className="dashboard-chart">
      {table ? (
        <>
          <BarChart
            title={t('dashboard.charts.actionsBySide')}
            categories={meetingSides.map(sideLabel)}
            series={series}
            stacked
            formatValue={(n) => fmt.number(n)}
            categoryLabel={t('dashboard.charts.side')}
            tableLabel={t('dashboard.charts.table')}
            height={200}
          />
          <CategoryLinks
            label={t('dashboard.charts.open')}
            links={meetingSides.flatMap((side) =>
              actionItemStatuses
                .filter((status) => table[side][status] > 0)
                .map((status) => ({
                  key: `${side}-${status}`,
                  label: `${sideLabel(side)} · ${enumLabel(t, 'actionItemStatus', status)}`,
                  count: fmt.number(table[side][status]),
                  to: actionsRoute({ ownerSides: [side], statuses: [status] }),
                })),
            )}
          />
        </>
      ) : undefined}
    </Tile>
  );
}

/** Cases opened per month over the last twelve (the case list has no date filter: no bar links). */
export function CasesPerMonthChart({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const months = useCasesPerMonth(today);
  const monthName = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    return (month: string) => format.format(new Date(`${month}-01T00:00:00Z`));
  }, [i18n.language]);
  return (
    <Tile id="cases-per-month" title={t('dashboard.charts.casesPerMonth')} to="/cases" className="dashboard-chart">
      {months ? (
        <BarChart
          title={t('dashboard.charts.casesPerMonth')}
          categories={months.map((m) => monthName(m.month))}
          series={[{ key: 'cases', label: t('dashboard.charts.cases'), values: months.map((m) => m.count) }]}
          formatValue={(n) => fmt.number(n)}
          categoryLabel={t('dashboard.charts.month')}
          tableLabel={t('dashboard.charts.table')}
          height={200}
        />
      ) : undefined}
    </Tile>
  );
}
