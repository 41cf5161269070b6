import { useTranslation } from 'react-i18next';
import type { SyncedTable } from '../../../shared/domain';
import { Button, DateField, Select, TextField } from '../../components';
import { tableLabel } from '../../records';
import { auditActions, type AuditAction } from './auditEvents';
import type { AuditFilter } from './auditFilter';

const any = '__any__';

export interface AuditFiltersProps {
  filter: AuditFilter;
  setFilter: (patch: Partial<AuditFilter>) => void;
  clearFilters: () => void;
  /** The record types and people found in the log, offered as choices. */
  tables: readonly SyncedTable[];
  actors: readonly string[];
}

/** Free text on the record (reference, title, id), record type, action, person and a date range. */
export function AuditFilters({ filter, setFilter, clearFilters, tables, actors }: AuditFiltersProps) {
  const { t } = useTranslation();
  const anyOption = { id: any, label: t('audit.filters.any') };
  const badRange = filter.from !== null && filter.to !== null && filter.from > filter.to;
  return (
    <div className="audit-filters" role="search" aria-label={t('audit.filters.label')}>
      <TextField
        type="search"
        label={t('audit.filters.text')}
        placeholder={t('audit.filters.textPlaceholder')}
        value={filter.text}
        onChange={(text) => setFilter({ text })}
        className="audit-search"
      />
      <div className="audit-filter-row">
        <Select
          label={t('audit.filters.table')}
          options={[anyOption, ...tables.map((table) => ({ id: table, label: tableLabel(t, table) }))]}
          value={filter.table ?? any}
          onChange={(v) => setFilter({ table: v === any || v === null ? null : (v as SyncedTable) })}
        />
        <Select
          label={t('audit.filters.action')}
          options={[anyOption, ...auditActions.map((action) => ({ id: action, label: t(`audit.actions.${action}`) }))]}
          value={filter.action ?? any}
          onChange={(v) => setFilter({ action: v === any || v === null ? null : (v as AuditAction) })}
        />
        <Select
          label={t('audit.filters.actor')}
          options={[anyOption, ...actors.map((actor) => ({ id: actor, label: actor }))]}
          value={filter.actor ?? any}
          onChange={(v) => setFilter({ actor: v === any || v === null ? null : v })}
        />
        <DateField label={t('audit.filters.from')} value={filter.from} onChange={(from) => setFilter({ from })} />
        <DateField
          label={t('audit.filters.to')}
          value={filter.to}
          onChange={(to) => setFilter({ to })}
          errorMessage={badRange ? t('audit.filters.badRange') : undefined}
        />
        <Button variant="quiet" size="small" onPress={clearFilters}>
          {t('audit.filters.clear')}
        </Button>
      </div>
    </div>
  );
}
