import { useDeferredValue, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { EmptyState, PageHeader } from '../../components';
import { useFormat } from '../../i18n';
import { caseFilterFromQuery, distinctValues, filterCases, sortCases } from './caseFilters';
import { CaseGrid } from './CaseGrid';
import { CaseListFilters } from './CaseListFilters';
import { useCasesStore } from './casesStore';
import { useCaseListRows } from './useCaseListRows';
import { useUiLanguage } from '../../i18n';
import { useCaseOptions } from './useCaseOptions';
import './cases.css';

/** Performance mark set once per page load when the case list first shows its rows. */
export const caseListReadyMark = 'attache:case-list-ready';
/** Set once per page load when every case has been read, so counts and filters cover them all. */
export const caseListCompleteMark = 'attache:case-list-complete';

/**
 * All cases of the workspace. Rows are read once per database change; sorting runs only when
 * the rows or the sort change, and each keystroke in the search box only filters the sorted rows
 * (filtering keeps order), deferred so typing never waits for the list.
 */
export function CaseListPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useUiLanguage();
  const options = useCaseOptions();
  const { rows, complete, total } = useCaseListRows();
  const { filter, sort, setFilter, clearFilters, toggleSort } = useCasesStore();
  const deferredFilter = useDeferredValue(filter);
  // A link's query (`/cases?status=open`, from the dashboard) sets the filters; without one the
  // list keeps those the officer left.
  const query = useSearch();
  useEffect(() => {
    const asked = caseFilterFromQuery(query);
    if (asked) setFilter(asked);
  }, [query, setFilter]);
  const collator = useMemo(() => new Intl.Collator(lang, { numeric: true }), [lang]);

  const sorted = useMemo(() => (rows ? sortCases(rows, sort, collator) : null), [rows, sort, collator]);
  const filtered = useMemo(() => (sorted ? filterCases(sorted, deferredFilter) : null), [sorted, deferredFilter]);
  const countries = useMemo(() => (rows ? distinctValues(rows, (r) => r.partnerCountry, collator) : []), [rows, collator]);
  const assignees = useMemo(() => (rows ? distinctValues(rows, (r) => r.assignee, collator) : []), [rows, collator]);

  useEffect(() => {
    // The moment the officer can use the list: the bench and the e2e suite wait on this mark.
    if (filtered && performance.getEntriesByName(caseListReadyMark).length === 0) performance.mark(caseListReadyMark);
    if (filtered && complete && performance.getEntriesByName(caseListCompleteMark).length === 0) performance.mark(caseListCompleteMark);
  }, [filtered, complete]);

  const shown = filtered?.rows.length ?? 0;
  const countText = complete
    ? t('cases.list.count', { count: shown, formatted: fmt.number(shown) })
    : t('cases.list.loadingProgress', { loaded: fmt.number(rows?.length ?? 0), total: fmt.number(total ?? 0) });

  return (
    <div className="case-list-page">
      <PageHeader
        title={t('cases.list.title')}
        subtitle={filtered ? <span role="status">{countText}</span> : t('cases.list.loading')}
        actions={
          <Link href="/cases/new" className="btn btn-primary">
            {t('cases.list.newCase')}
          </Link>
        }
      />
      <CaseListFilters
        filter={filter}
        setFilter={setFilter}
        clearFilters={clearFilters}
        statusCounts={filtered?.statusCounts ?? null}
        countries={countries}
        assignees={assignees}
        options={options}
      />
      {rows && rows.length === 0 ? (
        <EmptyState
          title={t('cases.list.emptyTitle')}
          description={t('cases.list.emptyBody')}
          action={
            <Link href="/cases/new" className="btn btn-primary">
              {t('cases.list.newCase')}
            </Link>
          }
        />
      ) : filtered && shown === 0 ? (
        <EmptyState title={t('cases.list.noMatchTitle')} description={t('cases.list.noMatchBody')} />
      ) : filtered ? (
        <CaseGrid rows={filtered.rows} sort={sort} onSort={toggleSort} label={t('cases.list.gridLabel', { formatted: fmt.number(shown) })} />
      ) : null}
    </div>
  );
}
