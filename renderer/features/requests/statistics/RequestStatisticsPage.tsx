import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../charts';
import { EmptyState, PageHeader } from '../../../components';
import { useFormat } from '../../../i18n';
import { useRecordRequestExports } from '../data/useRecordRequestExports';
import { localToday } from '../form/requestForm';
import { FiguresTable } from './FiguresTable';
import { OutcomesTable } from './OutcomesTable';
import { requestStatistics } from './requestStatistics';
import { StatisticsExports, type StatisticsExport } from './StatisticsExports';
import { StatisticsFilters, type StatisticsFilter } from './StatisticsFilters';
import { figuresCsvRows, outcomesCsvRows, registerCsvRows, statisticsCsvNames } from './statisticsCsv';
import { instrumentLabel, partnerLabel, periodNamer } from './statisticsLabels';
import { useStatisticsData, type StatisticsData } from './useStatisticsData';
import './statistics.css';

/**
 * `/requests/statistics`: the register's figures an attaché reports upward, for a range of dates
 * sent, by month or quarter: a chart of requests sent and received, the figures table (response
 * times, overdue), outcomes by partner country and by instrument, and each as CSV, the register
 * too. Reads the requests live.
 */
export function RequestStatisticsPage() {
  const data = useStatisticsData();
  const [filter, setFilter] = useState<StatisticsFilter>({ granularity: 'month', from: null, to: null });
  const recordRequestExports = useRecordRequestExports();
  return (
    <RequestStatisticsView
      data={data}
      filter={filter}
      onFilter={(patch) => setFilter((f) => ({ ...f, ...patch }))}
      today={localToday()}
      onRequestsExported={recordRequestExports}
    />
  );
}

export interface RequestStatisticsViewProps {
  /** `undefined` while loading. */
  data: StatisticsData | undefined;
  filter: StatisticsFilter;
  onFilter: (patch: Partial<StatisticsFilter>) => void;
  today: string;
  /** Logs the requests of a saved register CSV as exported (the audit trail). */
  onRequestsExported?: (requestIds: readonly string[]) => Promise<void>;
}

/** The page without its data source, so a test renders it from records it makes. */
export function RequestStatisticsView({ data, filter, onFilter, today, onRequestsExported }: RequestStatisticsViewProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const periodName = useMemo(() => periodNamer(t, i18n.language), [t, i18n.language]);
  const stats = useMemo(
    () => (data ? requestStatistics(data.requests, (r) => data.cases.get(r.caseId)?.partnerCountry ?? '', { ...filter, today }) : undefined),
    [data, filter, today],
  );
  // The register as CSV: the requests sent within the dates chosen, amendments included (each is a
  // letter of its own); with no date chosen, every request, drafts included.
  const registerRequests = useMemo(() => {
    if (!data) return [];
    const { from, to } = filter;
    const within = (sentOn: string | null) => (from === null && to === null) || (sentOn !== null && (from === null || sentOn >= from) && (to === null || sentOn <= to));
    return data.requests
      .filter((r) => within(r.sentOn))
      .toSorted((a, b) => (a.sentOn ?? '9999').localeCompare(b.sentOn ?? '9999') || a.ourReference.localeCompare(b.ourReference));
  }, [data, filter]);

  const exports: StatisticsExport[] = stats
    ? [
        { id: 'figures', fileName: () => statisticsCsvNames.figures(new Date()), rows: () => figuresCsvRows(stats, t, periodName) },
        { id: 'outcomes', fileName: () => statisticsCsvNames.outcomes(new Date()), rows: () => outcomesCsvRows(stats, t, fmt) },
        {
          id: 'register',
          fileName: () => statisticsCsvNames.register(new Date()),
          rows: () => registerCsvRows(registerRequests, (id) => data?.cases.get(id), t, fmt),
          requestIds: () => registerRequests.map((r) => r.id),
        },
      ]
    : [];
  const nothingSent = stats !== undefined && stats.total.sent + stats.total.received === 0;

  return (
    <div className="request-stats-page">
      <PageHeader title={t('requestStatistics.page.title')} subtitle={stats ? undefined : t('requestStatistics.page.loading')} />
      <p className="request-stats-intro">{t('requestStatistics.page.intro')}</p>
      <StatisticsFilters filter={filter} onChange={onFilter} />
      <StatisticsExports exports={exports} disabled={!stats || (nothingSent && registerRequests.length === 0)} onRequestsExported={onRequestsExported} />
      {stats && nothingSent ? <EmptyState title={t('requestStatistics.page.emptyTitle')} description={t('requestStatistics.page.emptyBody')} /> : null}
      {stats && !nothingSent ? (
        <>
          <BarChart
            title={t('requestStatistics.chart.title')}
            categories={stats.periods.map((p) => periodName(p.period))}
            series={[
              { key: 'sent', label: t('requestStatistics.figures.sent'), values: stats.periods.map((p) => p.sent), tone: 'primary' },
              { key: 'received', label: t('requestStatistics.figures.received'), values: stats.periods.map((p) => p.received), tone: 'warning' },
            ]}
            formatValue={(n) => fmt.number(n)}
            categoryLabel={t('requestStatistics.figures.period')}
            tableLabel={t('requestStatistics.chart.showTable')}
          />
          <FiguresTable stats={stats} periodName={periodName} />
          <div className="request-stats-outcomes-pair">
            <OutcomesTable
              title={t('requestStatistics.outcomes.byPartner')}
              keyLabel={t('requestStatistics.outcomes.partner')}
              rows={stats.byPartner}
              nameOf={(code) => partnerLabel(t, fmt, code)}
            />
            <OutcomesTable
              title={t('requestStatistics.outcomes.byInstrument')}
              keyLabel={t('requestStatistics.outcomes.instrument')}
              rows={stats.byInstrument}
              nameOf={(key) => instrumentLabel(t, key)}
            />
          </div>
        </>
      ) : null}
    </div>
  );
}
