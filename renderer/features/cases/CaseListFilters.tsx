import { useTranslation } from 'react-i18next';
import { caseStatuses } from '../../../shared/domain';
import type { Case } from '../../../shared/domain';
import { Button, Checkbox, Select, TextField } from '../../components';
import { useFormat } from '../../i18n';
import type { CaseFilter } from './caseFilters';
import type { CaseOptions } from './useCaseOptions';

const any = '__any__';
const unassigned = '__unassigned__';

export interface CaseListFiltersProps {
  filter: CaseFilter;
  setFilter: (patch: Partial<CaseFilter>) => void;
  clearFilters: () => void;
  statusCounts: Record<Case['status'], number> | null;
  countries: string[];
  assignees: string[];
  options: CaseOptions;
}

/**
 * Search box (id `case-search`, the `/` shortcut focuses it), status toggles with their counts,
 * and type / partner country / assignee / archived filters.
 */
export function CaseListFilters({ filter, setFilter, clearFilters, statusCounts, countries, assignees, options }: CaseListFiltersProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const anyOption = { id: any, label: t('cases.list.any') };
  const toggleStatus = (status: Case['status']) =>
    setFilter({
      statuses: filter.statuses.includes(status) ? filter.statuses.filter((s) => s !== status) : [...filter.statuses, status],
    });

  return (
    <div className="case-filters" role="search" aria-label={t('cases.list.filters')}>
      <TextField
        id="case-search"
        type="search"
        label={t('cases.list.search')}
        placeholder={t('cases.list.searchPlaceholder')}
        value={filter.text}
        onChange={(text) => setFilter({ text })}
        className="case-search"
      />
      <div className="case-status-filter" role="group" aria-label={t('cases.list.statusFilter')}>
        {caseStatuses.map((status) => (
          <button
            key={status}
            type="button"
            className="case-status-toggle"
            aria-pressed={filter.statuses.includes(status)}
            onClick={() => toggleStatus(status)}
          >
            {t(`cases.status.${status}`)}
            <span className="case-status-count">{statusCounts ? fmt.number(statusCounts[status]) : ''}</span>
          </button>
        ))}
      </div>
      <div className="case-filter-selects">
        <Select
          label={t('cases.list.typeFilter')}
          options={[anyOption, ...options.types]}
          value={filter.type ?? any}
          onChange={(v) => setFilter({ type: v === any || v === null ? null : (v as Case['type']) })}
        />
        <Select
          label={t('cases.list.countryFilter')}
          options={[anyOption, ...countries.map((code) => ({ id: code, label: fmt.countryName(code) }))]}
          value={filter.partnerCountry ?? any}
          onChange={(v) => setFilter({ partnerCountry: v === any ? null : v })}
        />
        <Select
          label={t('cases.list.assigneeFilter')}
          options={[anyOption, { id: unassigned, label: t('cases.list.unassigned') }, ...assignees.map((a) => ({ id: a, label: a }))]}
          value={filter.assignee === null ? any : filter.assignee === '' ? unassigned : filter.assignee}
          onChange={(v) => setFilter({ assignee: v === any || v === null ? null : v === unassigned ? '' : v })}
        />
        <Checkbox
          label={t('cases.list.showArchived')}
          isSelected={filter.showArchived}
          onChange={(showArchived) => setFilter({ showArchived })}
        />
        <Button variant="quiet" size="small" onPress={clearFilters}>
          {t('cases.list.clearFilters')}
        </Button>
      </div>
    </div>
  );
}
