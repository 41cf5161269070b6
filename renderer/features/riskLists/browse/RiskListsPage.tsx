import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { DataGrid, EmptyState, PageHeader, type DataGridColumn } from '../../../components';
import { useFormat } from '../../../i18n';
import { enumLabel } from '../../../records';
import { useFetchProblems } from '../data/fetchState';
import type { RiskListRow } from '../data/riskListRows';
import { currentLists } from '../data/riskListRows';
import { useRiskLists } from '../data/useRiskLists';
import { QuickScreen } from '../screening/QuickScreen';

/**
 * `/risk-lists`: the lists in force (current versions), with where each came from, how many
 * entries it holds and whether this device has them yet.
 */
export function RiskListsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [, navigate] = useLocation();
  const rows = useRiskLists();
  const problems = useFetchProblems((s) => s.problems);
  const current = rows ? currentLists(rows) : undefined;

  const columns: DataGridColumn<RiskListRow & { id: string }>[] = [
    { key: 'name', label: t('riskLists.fields.name'), width: 'minmax(14rem, 3fr)', render: (r) => r.list.name },
    { key: 'edition', label: t('riskLists.fields.edition'), width: '7rem', render: (r) => r.list.edition },
    { key: 'owner', label: t('riskLists.fields.ownerAuthority'), width: 'minmax(10rem, 2fr)', render: (r) => r.list.ownerAuthority },
    { key: 'source', label: t('riskLists.fields.source'), width: '9rem', render: (r) => enumLabel(t, 'riskListSource', r.list.source) },
    { key: 'receivedOn', label: t('riskLists.fields.receivedOn'), width: '8rem', render: (r) => fmt.date(r.list.receivedOn) },
    { key: 'entries', label: t('riskLists.fields.entryCount'), width: '7rem', render: (r) => fmt.number(r.list.entryCount) },
    {
      key: 'state',
      label: t('riskLists.stateColumn'),
      width: '10rem',
      render: (r) => (r.held ? t('riskLists.state.ready') : problems[r.list.id] ? t('riskLists.state.unavailable') : t('riskLists.state.fetching')),
      title: (r) => problems[r.list.id] ?? '',
    },
  ];

  return (
    <div className="page risk-lists-page">
      <PageHeader
        title={t('riskLists.title')}
        subtitle={t('riskLists.subtitle')}
        actions={
          <Link className="btn btn-primary" href="/risk-lists/import">
            {t('riskLists.importList')}
          </Link>
        }
      />
      {current && current.length > 0 ? <QuickScreen /> : null}
      {current === undefined ? null : current.length === 0 ? (
        <EmptyState title={t('riskLists.empty')} description={t('riskLists.emptyHelp')} />
      ) : (
        <DataGrid rows={current.map((r) => ({ ...r, id: r.list.id }))} columns={columns} label={t('riskLists.title')} onOpen={(r) => navigate(`/risk-lists/${r.id}`)} />
      )}
    </div>
  );
}
