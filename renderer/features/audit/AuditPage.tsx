import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncedTable } from '../../../shared/domain';
import { Banner, Button, EmptyState, PageHeader } from '../../components';
import { useDatabase } from '../../db';
import { useFormat } from '../../i18n';
import { useCsvSave } from '../../export';
import { auditCsvFileName, auditCsvRows } from './auditCsv';
import { distinctValues, filterAuditRows } from './auditFilter';
import { toAuditLines } from './auditLines';
import { useAuditStore } from './auditStore';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { useAuditRows } from './hooks';
import './audit.css';

const withChosen = <T extends string>(values: T[], chosen: T | null) => (chosen !== null && !values.includes(chosen) ? [...values, chosen] : values);

/**
 * `/audit`: every audit event of this device — changes the data layer logged and openings of
 * records — newest first, filterable by record, type, action, person and dates, and exported as
 * CSV (exactly the lines the filters let through). Dates narrow the read through the `at` index;
 * the other filters run in memory, deferred so typing never waits for a long log.
 */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { deviceId } = useDatabase();
  const { filter, setFilter, clearFilters } = useAuditStore();
  const deferred = useDeferredValue(filter);
  const rows = useAuditRows({ from: filter.from, to: filter.to });
  const { state: exportState, save } = useCsvSave();

  const collator = useMemo(() => new Intl.Collator(i18n.language), [i18n.language]);
  const lines = useMemo(() => (rows ? toAuditLines(filterAuditRows(rows, deferred)) : null), [rows, deferred]);
  const shownEvents = useMemo(() => (lines ? new Set(lines.map((l) => l.row.event.key)).size : 0), [lines]);
  const tables = useMemo(() => withChosen(rows ? distinctValues<SyncedTable>(rows, (r) => r.event.table, collator) : [], filter.table), [rows, collator, filter.table]);
  const actors = useMemo(() => withChosen(rows ? distinctValues(rows, (r) => r.event.actor, collator) : [], filter.actor), [rows, collator, filter.actor]);
  const nothingAtAll = rows !== undefined && rows.length === 0 && filter.from === null && filter.to === null;

  // One CSV line per changed field, so the count said afterwards is of lines, as in the file.
  const exportCsv = () => (lines ? save(auditCsvFileName(new Date()), auditCsvRows(lines, t, fmt, deviceId)) : Promise.resolve());

  return (
    <div className="audit-page">
      <PageHeader
        title={t('audit.page.title')}
        subtitle={
          lines ? (
            <span role="status">{t('audit.page.count', { count: shownEvents, formatted: fmt.number(shownEvents) })}</span>
          ) : (
            t('audit.page.loading')
          )
        }
        actions={
          <Button variant="primary" isDisabled={!lines || lines.length === 0 || exportState.kind === 'saving'} onPress={() => void exportCsv()}>
            {exportState.kind === 'saving' ? t('audit.page.exporting') : t('audit.page.export')}
          </Button>
        }
      />
      <p className="audit-intro">{t('audit.page.intro')}</p>
      <div role="status" className="audit-export-status">
        {exportState.kind === 'saved'
          ? t('audit.page.exported', { count: exportState.rows, formatted: fmt.number(exportState.rows), file: exportState.file })
          : exportState.kind === 'cancelled'
            ? t('audit.page.exportCancelled')
            : null}
      </div>
      {exportState.kind === 'failed' ? <Banner tone="error" title={t('audit.page.exportFailed', { reason: exportState.reason })} /> : null}
      <AuditFilters filter={filter} setFilter={setFilter} clearFilters={clearFilters} tables={tables} actors={actors} />
      {nothingAtAll ? (
        <EmptyState title={t('audit.page.emptyTitle')} description={t('audit.page.emptyBody')} />
      ) : lines && lines.length === 0 ? (
        <EmptyState title={t('audit.page.noMatchTitle')} description={t('audit.page.noMatchBody')} />
      ) : lines ? (
        <AuditTable lines={lines} label={t('audit.page.gridLabel', { formatted: fmt.number(shownEvents) })} />
      ) : null}
    </div>
  );
}
