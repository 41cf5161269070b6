import { useTranslation } from 'react-i18next';
import { DateField, RadioGroup } from '../../../components';
import { periodGranularities, type PeriodGranularity } from './periods';

export interface StatisticsFilter {
  granularity: PeriodGranularity;
  from: string | null;
  to: string | null;
}

/** Month or quarter, and the range of dates sent (both inclusive, either open). */
export function StatisticsFilters({ filter, onChange }: { filter: StatisticsFilter; onChange: (patch: Partial<StatisticsFilter>) => void }) {
  const { t } = useTranslation();
  const badRange = filter.from !== null && filter.to !== null && filter.from > filter.to;
  return (
    <div className="request-stats-filters">
      <RadioGroup
        label={t('requestStatistics.page.granularity')}
        orientation="horizontal"
        options={periodGranularities.map((g) => ({ id: g, label: t(`requestStatistics.page.${g}`) }))}
        value={filter.granularity}
        onChange={(granularity) => onChange({ granularity: granularity as PeriodGranularity })}
      />
      <DateField label={t('requestStatistics.page.from')} value={filter.from} onChange={(from) => onChange({ from })} />
      <DateField
        label={t('requestStatistics.page.to')}
        value={filter.to}
        onChange={(to) => onChange({ to })}
        errorMessage={badRange ? t('requestStatistics.page.badRange') : undefined}
      />
    </div>
  );
}
