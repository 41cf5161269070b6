import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { Badge, DataGrid, StatusBadge, type DataGridColumn } from '../../components';
import { useFormat } from '../../i18n';
import type { CaseListRow, CaseSort, CaseSortKey } from './caseFilters';
import { todayIso } from './dates';

export interface CaseGridProps {
  rows: readonly CaseListRow[];
  sort: CaseSort;
  onSort: (key: CaseSortKey) => void;
  label: string;
}

/**
 * The case list on the shared virtualised grid (tens of thousands of cases stay smooth; arrows,
 * Page Up/Down, Home, End and Enter; sortable headers). Every column shares the width with a
 * floor that keeps it readable, so all of them stay in view from 1024 px; a long value ends in an
 * ellipsis and shows whole in its tooltip.
 */
export function CaseGrid({ rows, sort, onSort, label }: CaseGridProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [, navigate] = useLocation();
  const today = todayIso();
  const statusText = (row: CaseListRow) =>
    [t(`cases.status.${row.status}`), row.archived ? t('cases.list.archived') : ''].filter(Boolean).join(' · ');
  const isOverdue = (row: CaseListRow) => row.nextDue !== null && row.nextDue < today && row.status !== 'closed';
  const text = (key: CaseSortKey, width: string, value: (row: CaseListRow) => string): DataGridColumn<CaseListRow> => ({
    key,
    label: t(`cases.list.columns.${key}`),
    width,
    sortable: true,
    title: value,
    render: value,
  });

  const columns: DataGridColumn<CaseListRow>[] = [
    {
      key: 'reference',
      label: t('cases.list.columns.reference'),
      width: '8.75rem',
      sortable: true,
      className: 'case-ref',
      render: (row) => (
        <Link href={`/cases/${row.id}`} tabIndex={-1}>
          {row.reference}
        </Link>
      ),
    },
    text('title', 'minmax(6rem, 2fr)', (row) => row.title),
    {
      key: 'status',
      label: t('cases.list.columns.status'),
      width: 'minmax(5.5rem, 0.6fr)',
      sortable: true,
      className: 'data-grid-badges',
      title: statusText,
      render: (row) => (
        <>
          <StatusBadge status={row.status} label={t(`cases.status.${row.status}`)} />
          {row.archived ? <Badge>{t('cases.list.archived')}</Badge> : null}
        </>
      ),
    },
    text('type', 'minmax(5rem, 1.2fr)', (row) => t(`cases.type.${row.type}`)),
    text('partnerCountry', 'minmax(5rem, 1fr)', (row) => fmt.countryName(row.partnerCountry)),
    text('assignee', 'minmax(5rem, 1fr)', (row) => row.assignee),
    {
      key: 'nextDue',
      label: t('cases.list.columns.nextDue'),
      width: '7.25rem',
      sortable: true,
      className: 'data-grid-date',
      render: (row) => (
        <span className={isOverdue(row) ? 'data-grid-overdue' : undefined}>
          {fmt.date(row.nextDue)}
          {isOverdue(row) ? <span className="visually-hidden"> ({t('cases.detail.overdue')})</span> : null}
        </span>
      ),
    },
  ];

  return (
    <DataGrid
      rows={rows}
      columns={columns}
      label={label}
      sort={sort}
      onSort={(key) => onSort(key as CaseSortKey)}
      onOpen={(row) => navigate(`/cases/${row.id}`)}
    />
  );
}
