import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components';
import { useFormat } from '../../i18n';
import { ActionDueTiles, RequestDueTiles } from './tiles/DueTiles';
import { ActionItemsChart, CasesPerMonthChart, RequestCharts } from './tiles/ChartTiles';
import { ConflictsTile, SyncTile } from './tiles/StatusTiles';
import { MeetingTiles, RecentCasesTile } from './tiles/WorkTiles';
import { useActionItemFigures, useActiveActionItems, useRequestFigures, useToday } from './useDashboardData';

/**
 * `/`: what an attaché opens every morning. The header and every tile's frame render at once;
 * each tile fills in when its own data is there (counts from indexes, only the records shown
 * opened; the requests and action items from the live reads the sidebar keeps), so the first
 * paint never waits for the slowest read. Its reads stay live once started (`useKeptQuery`), so
 * coming back to the dashboard shows every figure at once.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const today = useToday();
  const requests = useRequestFigures(today);
  const active = useActiveActionItems();
  const actions = useActionItemFigures(active, today);
  return (
    <div className="page dashboard-page" data-testid="dashboard">
      <PageHeader title={t('dashboard.title')} subtitle={`${t('dashboard.subtitle')} · ${fmt.date(today)}`} />
      <div className="dashboard-grid dashboard-due">
        <RequestDueTiles figures={requests} />
        <ActionDueTiles figures={actions} />
      </div>
      <div className="dashboard-grid dashboard-work">
        <MeetingTiles />
        <RecentCasesTile />
        <ConflictsTile />
        <SyncTile />
      </div>
      <h2 className="dashboard-section-title">{t('dashboard.charts.title')}</h2>
      <div className="dashboard-charts">
        <RequestCharts figures={requests} />
        <ActionItemsChart items={active} />
        <CasesPerMonthChart today={today} />
      </div>
    </div>
  );
}
