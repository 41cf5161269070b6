import { useTranslation } from 'react-i18next';
import { caseDirections, legalInstruments, requestStatuses } from '../../../../shared/domain';
import { Button, Select, TextField } from '../../../components';
import { useFormat } from '../../../i18n';
import { enumLabel } from '../../../records';
import type { RegisterFilter } from './registerRows';

const any = 'all';

export interface RegisterFiltersProps {
  filter: RegisterFilter;
  setFilter(patch: Partial<RegisterFilter>): void;
  countries: readonly string[];
  counts: { overdue: number; dueThisWeek: number };
}

/** Search box (id `request-search`), direction, status, partner, instrument, and the two deadline toggles with their counts. */
export function RegisterFilters({ filter, setFilter, countries, counts }: RegisterFiltersProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const anyOption = { id: any, label: t('requests.register.any') };
  const toggleDue = (due: RegisterFilter['due']) => setFilter({ due: filter.due === due ? 'all' : due });
  return (
    <div className="case-filters" role="search" aria-label={t('requests.register.filters')}>
      <TextField
        id="request-search"
        type="search"
        label={t('requests.register.search')}
        placeholder={t('requests.register.searchPlaceholder')}
        value={filter.text}
        onChange={(text) => setFilter({ text })}
        className="case-search"
      />
      <div className="case-status-filter" role="group" aria-label={t('requests.register.due')}>
        <button type="button" className="case-status-toggle" aria-pressed={filter.due === 'overdue'} onClick={() => toggleDue('overdue')}>
          {t('requests.register.overdue', { count: counts.overdue })}
        </button>
        <button type="button" className="case-status-toggle" aria-pressed={filter.due === 'dueThisWeek'} onClick={() => toggleDue('dueThisWeek')}>
          {t('requests.register.dueThisWeek', { count: counts.dueThisWeek })}
        </button>
      </div>
      <div className="case-filter-selects">
        <Select
          label={t('requests.register.direction')}
          options={[anyOption, ...caseDirections.map((d) => ({ id: d, label: enumLabel(t, 'caseDirection', d) }))]}
          value={filter.direction}
          onChange={(v) => setFilter({ direction: (v ?? any) as RegisterFilter['direction'] })}
        />
        <Select
          label={t('requests.register.status')}
          options={[anyOption, { id: 'open', label: t('requests.register.openOnly') }, ...requestStatuses.map((s) => ({ id: s, label: enumLabel(t, 'requestStatus', s) }))]}
          value={filter.status}
          onChange={(v) => setFilter({ status: (v ?? any) as RegisterFilter['status'] })}
        />
        <Select
          label={t('requests.register.partner')}
          options={[anyOption, ...countries.map((code) => ({ id: code, label: fmt.countryName(code) }))]}
          value={filter.partnerCountry || any}
          onChange={(v) => setFilter({ partnerCountry: v === any || v === null ? '' : v })}
        />
        <Select
          label={t('requests.register.instrument')}
          options={[anyOption, ...legalInstruments.map((i) => ({ id: i, label: enumLabel(t, 'legalInstrument', i) }))]}
          value={filter.instrument}
          onChange={(v) => setFilter({ instrument: (v ?? any) as RegisterFilter['instrument'] })}
        />
        <Button variant="quiet" onPress={() => setFilter({ text: '', direction: 'all', status: 'all', partnerCountry: '', instrument: 'all', due: 'all' })}>
          {t('requests.register.clear')}
        </Button>
      </div>
    </div>
  );
}
