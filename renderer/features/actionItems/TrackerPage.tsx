import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { actionItemMatcher, type ActionItemFilter } from '../../../shared/domain';
import { DataGrid, EmptyState, PageHeader, StatusBadge, Button, type DataGridColumn, type Option } from '../../components';
import { datedCsvName, SaveStatus, useCsvSave } from '../../export';
import { useFormat } from '../../i18n';
import { enumLabel } from '../../records';
import { useTrackerRecords, type TrackerRecords } from './actionItemData';
import { OverdueBadge } from './OverdueBadge';
import { TrackerFilters } from './TrackerFilters';
import { parseTrackerQuery, trackerQuery } from './trackerQuery';
import { compareRows, localDay, requestName, toTrackerRow, trackerCsvRows, type TrackerRow } from './trackerRows';

/**
 * `/actions`: every action item of every meeting (and those raised from cases and requests),
 * filtered by the URL query (`trackerQuery.ts`), soonest due first, overdue ones marked in words.
 * The matcher is built once per filter change and run over the items; the grid renders only the
 * rows in view. "Export CSV" saves what the list shows.
 */
export function TrackerPage() {
  const [, navigate] = useLocation();
  return <TrackerView records={useTrackerRecords()} search={useSearch()} navigate={navigate} today={localDay(new Date())} />;
}

export interface TrackerViewProps {
  records: TrackerRecords | undefined;
  search: string;
  navigate(to: string, options?: { replace?: boolean }): void;
  today: string;
}

/** The tracker as its records, URL query and today make it. */
export function TrackerView({ records, search, navigate, today }: TrackerViewProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const csv = useCsvSave();
  const filter = useMemo(() => parseTrackerQuery(search), [search]);
  // `/actions?` with an empty query clears the query wouter would otherwise keep.
  const setFilter = (patch: Partial<ActionItemFilter>) => navigate(`/actions?${trackerQuery({ ...filter, ...patch })}`, { replace: true });
  const clear = () => navigate(`/actions?${trackerQuery({ statuses: parseTrackerQuery('').statuses })}`, { replace: true });

  const rows = useMemo(() => {
    if (!records) return undefined;
    const names = {
      meetingTitle: (id: string) => records.meetings.get(id)?.title,
      caseReference: (id: string) => records.cases.get(id)?.reference,
      requestReference: (id: string) => {
        const r = records.requests.get(id);
        return r ? requestName(r) : undefined;
      },
    };
    return records.items.map((item) => toTrackerRow(item, names, today)).sort(compareRows);
  }, [records, today]);
  const matches = useMemo(() => actionItemMatcher(filter, today), [filter, today]);
  const shown = useMemo(() => (rows ? rows.filter((row) => matches(row.item)) : []), [rows, matches]);
  const options = useMemo(() => {
    const meetings: Option[] = [...(records?.meetings.values() ?? [])]
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
      .map((m) => ({ id: m.id, label: m.title, detail: fmt.date(m.startsAt.slice(0, 10)) }));
    const cases: Option[] = [...(records?.cases.values() ?? [])].map((c) => ({ id: c.id, label: `${c.reference} — ${c.title}` })).sort((a, b) => b.label.localeCompare(a.label));
    const requests: Option[] = [...(records?.requests.values() ?? [])].map((r) => ({ id: r.id, label: requestName(r), detail: r.subject }));
    return { meetings, cases, requests };
  }, [records, fmt]);

  // The side first, as the minutes write it: "Our side — Risk Management Department".
  const ownerLabel = (row: TrackerRow) => [enumLabel(t, 'meetingSide', row.item.ownerSide), row.item.owner].filter(Boolean).join(' — ');
  // The minimum widths add up to what a 1280-pixel window leaves beside the sidebar, so every
  // column shows without scrolling sideways; the action's text takes what is left over.
  const columns: DataGridColumn<TrackerRow>[] = [
    {
      key: 'reference',
      label: t('actionItems.columns.reference'),
      width: '10.75rem',
      className: 'case-ref',
      render: (row) => (
        <Link href={`/actions/${row.id}`} tabIndex={-1}>
          {row.item.reference}
        </Link>
      ),
    },
    { key: 'text', label: t('actionItems.columns.text'), width: 'minmax(10rem, 3fr)', title: (row) => row.item.text, render: (row) => row.item.text },
    {
      key: 'owner',
      label: t('actionItems.columns.owner'),
      width: 'minmax(8rem, 1.5fr)',
      title: (row) => ownerLabel(row),
      render: (row) => ownerLabel(row),
    },
    {
      key: 'dueDate',
      label: t('actionItems.columns.dueDate'),
      width: 'minmax(11rem, 1fr)',
      className: 'data-grid-date',
      title: (row) => (row.item.dueDate ? `${fmt.date(row.item.dueDate)}${row.overdue ? ` · ${t('actionItems.overdue')}` : ''}` : ''),
      render: (row) =>
        row.item.dueDate ? (
          <>
            {fmt.date(row.item.dueDate)} {row.overdue ? <OverdueBadge /> : null}
          </>
        ) : (
          t('actionItems.noValue')
        ),
    },
    {
      key: 'status',
      label: t('actionItems.columns.status'),
      width: '7rem',
      title: (row) => enumLabel(t, 'actionItemStatus', row.item.status),
      render: (row) => <StatusBadge status={row.item.status} label={enumLabel(t, 'actionItemStatus', row.item.status)} />,
    },
    {
      key: 'meeting',
      label: t('actionItems.columns.meeting'),
      width: 'minmax(6.5rem, 1fr)',
      title: (row) => row.meeting?.title ?? '',
      render: (row) =>
        row.meeting ? (
          <Link href={`/meetings/${row.meeting.id}`} tabIndex={-1}>
            {row.meeting.title}
          </Link>
        ) : (
          <span className="muted">{t('actionItems.tracker.outsideMeeting')}</span>
        ),
    },
    {
      key: 'links',
      label: `${t('actionItems.columns.cases')} / ${t('actionItems.columns.requests')}`,
      width: 'minmax(5.5rem, 1fr)',
      title: (row) => [...row.cases, ...row.requests].map((l) => l.reference).join(', '),
      render: (row) => (
        <span className="action-links">
          {row.cases.map((c) => (
            <Link key={c.id} href={`/cases/${c.id}`} tabIndex={-1}>
              {c.reference}
            </Link>
          ))}
          {row.requests.map((r) => (
            <Link key={r.id} href={`/requests/${r.id}`} tabIndex={-1}>
              {r.reference}
            </Link>
          ))}
        </span>
      ),
    },
  ];

  const exportCsv = () => void csv.save(datedCsvName('action-items', new Date()), trackerCsvRows(shown, t));

  return (
    <div className="page action-tracker-page">
      <PageHeader
        title={t('actionItems.tracker.title')}
        subtitle={t('actionItems.tracker.subtitle')}
        actions={
          <>
            <Link className="btn btn-primary" href="/actions/new?">
              {t('actionItems.section.new')}
            </Link>
            <Button onPress={exportCsv} isDisabled={shown.length === 0}>
              {t('actionItems.tracker.exportCsv')}
            </Button>
          </>
        }
      />
      <SaveStatus state={csv.state} />
      {rows === undefined ? (
        <p role="status">{t('actionItems.tracker.loading')}</p>
      ) : rows.length === 0 ? (
        <EmptyState title={t('actionItems.tracker.empty')} description={t('actionItems.tracker.emptyHelp')} />
      ) : (
        <>
          <TrackerFilters filter={filter} setFilter={setFilter} clear={clear} today={today} {...options} />
          <p role="status" className="muted">
            {t('actionItems.tracker.count', { shown: fmt.number(shown.length), count: rows.length })}
          </p>
          {shown.length === 0 ? (
            <p>{t('actionItems.tracker.noMatch')}</p>
          ) : (
            <DataGrid
              rows={shown}
              columns={columns}
              label={t('actionItems.tracker.grid')}
              onOpen={(row) => navigate(`/actions/${row.id}`)}
              rowClassName={(row) => (row.overdue ? 'action-item-overdue' : undefined)}
              rowHeight={36}
            />
          )}
        </>
      )}
    </div>
  );
}
