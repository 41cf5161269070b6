import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { Badge, Button, DataGrid, EmptyState, PageHeader, StatusBadge, type DataGridColumn } from '../../../components';
import { useCsvSave } from '../../../export';
import { useFormat } from '../../../i18n';
import { enumLabel } from '../../../records';
import { useDeadlineRules } from '../../../deadlines';
import { useRegister } from '../data/registerFeed';
import { useRecordRequestExports } from '../data/useRecordRequestExports';
import { localToday } from '../form/requestForm';
import { registerCsvRows, statisticsCsvNames } from '../statistics/statisticsCsv';
import { CasePickerDialog } from './CasePickerDialog';
import { DueText } from './DueText';
import { RegisterFilters } from './RegisterFilters';
import { dueCounts, matchesFilter, registerFilterFromQuery, sortRows, toRegisterRow, type RegisterFilter, type RegisterRow, type RegisterSort, type RegisterSortKey } from './registerRows';
import { ExportStatus } from './ExportStatus';

import '../requests.css';

/** `/requests`: every request, outgoing and incoming, filtered, sorted, with what is owed when. */
export function RequestRegisterPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const recordRequestExports = useRecordRequestExports();
  const [, navigate] = useLocation();
  const register = useRegister();
  const table = useDeadlineRules();
  // A link's query (`?due=overdue`, `?status=sent&partner=US`) sets the filters, and a new query
  // (back and forward between filtered links) sets them anew; the officer changes them from there.
  const query = useSearch();
  const [filter, setFilterState] = useState<RegisterFilter>(() => registerFilterFromQuery(query));
  const [filterQuery, setFilterQuery] = useState(query);
  if (query !== filterQuery) {
    setFilterQuery(query);
    setFilterState(registerFilterFromQuery(query));
  }
  const [sort, setSort] = useState<RegisterSort>({ key: 'dueOn', direction: 'ascending' });
  const [picking, setPicking] = useState(false);
  const csv = useCsvSave();
  const today = localToday();

  const rows = useMemo(
    () => (register ? register.requests.map((r) => toRegisterRow(r, register.cases.get(r.caseId), table)) : undefined),
    [register, table],
  );
  const shown = useMemo(() => (rows ? sortRows(rows.filter((r) => matchesFilter(r, filter, today)), sort) : []), [rows, filter, sort, today]);
  const countries = useMemo(() => [...new Set((rows ?? []).map((r) => r.partnerCountry).filter(Boolean))].sort(), [rows]);
  const counts = useMemo(() => dueCounts(rows ?? [], today), [rows, today]);
  const setFilter = (patch: Partial<RegisterFilter>) => setFilterState((f) => ({ ...f, ...patch }));
  const onSort = (key: string) =>
    setSort((s) => ({ key: key as RegisterSortKey, direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' }));

  // Once saved (not when the dialog is cancelled), each request in the file is logged as exported.
  const exportCsv = async () => {
    if (!register) return;
    const byId = new Map(register.requests.map((r) => [r.id, r]));
    const exported = shown.map((row) => byId.get(row.id)!);
    if (await csv.save(statisticsCsvNames.register(new Date()), registerCsvRows(exported, (id) => register.cases.get(id), t, fmt))) {
      await recordRequestExports(exported.map((r) => r.id));
    }
  };

  const columns: DataGridColumn<RegisterRow>[] = [
    {
      key: 'ourReference',
      label: t('requests.register.columns.ourReference'),
      width: '9.5rem',
      sortable: true,
      className: 'case-ref',
      render: (row) => (
        <Link href={`/requests/${row.id}`} tabIndex={-1}>
          {row.ourReference || row.caseReference}
        </Link>
      ),
    },
    {
      key: 'subject',
      label: t('requests.register.columns.subject'),
      width: 'minmax(8rem, 2.5fr)',
      sortable: true,
      title: (row) => row.subject,
      render: (row) => (
        <>
          {row.amendmentNo > 0 ? <Badge>{t('requests.register.amendment', { number: row.amendmentNo })}</Badge> : null} {row.subject}
        </>
      ),
    },
    { key: 'partnerCountry', label: t('requests.register.columns.partnerCountry'), width: 'minmax(5rem, 1fr)', sortable: true, render: (row) => fmt.countryName(row.partnerCountry) },
    {
      key: 'status',
      label: t('requests.register.columns.status'),
      width: 'minmax(7rem, 1fr)',
      sortable: true,
      title: (row) => `${enumLabel(t, 'caseDirection', row.direction)} · ${enumLabel(t, 'requestStatus', row.status)}`,
      render: (row) => <StatusBadge status={row.status} label={enumLabel(t, 'requestStatus', row.status)} />,
    },
    { key: 'sentOn', label: t('requests.register.columns.sentOn'), width: '7rem', sortable: true, className: 'data-grid-date', render: (row) => fmt.date(row.sentOn) },
    { key: 'dueOn', label: t('requests.register.columns.dueOn'), width: 'minmax(11rem, 1.3fr)', sortable: true, className: 'data-grid-date', render: (row) => <DueText dueOn={row.dueOn} today={today} /> },
    {
      key: 'responseDays',
      label: t('requests.register.columns.responseDays'),
      width: '7rem',
      sortable: true,
      className: 'data-grid-number',
      render: (row) => (row.responseDays === null ? '' : t('requests.register.responseDays', { count: row.responseDays })),
    },
  ];

  return (
    <div className="page case-list-page">
      <PageHeader
        title={t('requests.register.title')}
        subtitle={t('requests.register.subtitle')}
        actions={
          <>
            <Button variant="primary" onPress={() => setPicking(true)}>
              {t('requests.register.newRequest')}
            </Button>
            <Link href="/requests/statistics" className="btn btn-secondary">
              {t('requests.register.statistics')}
            </Link>
            <Button onPress={() => void exportCsv()} isDisabled={!register || shown.length === 0}>
              {t('requests.register.exportCsv')}
            </Button>
          </>
        }
      />
      <ExportStatus state={csv.state} />
      <RegisterFilters filter={filter} setFilter={setFilter} countries={countries} counts={counts} />
      {rows === undefined ? (
        <p role="status">{t('requests.register.loading')}</p>
      ) : rows.length === 0 ? (
        <EmptyState title={t('requests.register.empty')} />
      ) : (
        <>
          <p role="status" className="muted">
            {t('requests.register.shown', { shown: fmt.number(shown.length), total: fmt.number(rows.length) })}
          </p>
          {shown.length === 0 ? (
            <p>{t('requests.register.noMatch')}</p>
          ) : (
            <DataGrid
              rows={shown}
              columns={columns}
              label={t('requests.register.grid')}
              sort={sort}
              onSort={onSort}
              onOpen={(row) => navigate(`/requests/${row.id}`)}
              rowClassName={(row) => (row.dueOn && row.dueOn < today ? 'register-overdue' : undefined)}
            />
          )}
        </>
      )}
      <CasePickerDialog isOpen={picking} onOpenChange={setPicking} cases={register ? [...register.cases.values()] : []} />
    </div>
  );
}
