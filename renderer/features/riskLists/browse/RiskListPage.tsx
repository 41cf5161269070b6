import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { RiskEntry, RiskList } from '../../../../shared/domain';
import { writeRiskListCsv } from '../../../../shared/riskLists/writeRiskListCsv';
import { writeRiskListJson } from '../../../../shared/riskLists/writeRiskListJson';
import { Banner, Button, EmptyState, PageHeader } from '../../../components';
import { SaveStatus, csvMediaType, useFileSave } from '../../../export';
import { useFormat } from '../../../i18n';
import { enumLabel } from '../../../records';
import { useFetchProblems } from '../data/fetchState';
import { useListEntries } from '../data/useListEntries';
import { useRiskLists } from '../data/useRiskLists';
import { RescreenResults } from '../screening/RescreenResults';
import { EntriesBrowser } from './EntriesBrowser';

const fileStem = (list: RiskList) => `${list.name}${list.edition ? ` ${list.edition}` : ''}`.replace(/[\\/:*?"<>|]+/g, '-');

/** `/risk-lists/:id`: one version of a list, its lineage, its entries to browse, and its exports. */
export function RiskListPage({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rows = useRiskLists();
  const row = rows?.find((r) => r.list.id === params.id);
  const entries = useListEntries(row?.list);
  const problem = useFetchProblems((s) => s.problems[params.id]);
  const csv = useFileSave();
  const json = useFileSave();

  if (rows === undefined) return <div className="page" aria-busy="true" />;
  if (!row) return <EmptyState title={t('riskLists.notFound')} action={<Link href="/risk-lists">{t('riskLists.backToLists')}</Link>} />;
  const { list } = row;
  const ready = entries.kind === 'ready' ? entries.entries : null;
  const exportCsv = (all: readonly RiskEntry[]) => void csv.save(`${fileStem(list)}.csv`, writeRiskListCsv(all), csvMediaType, all.length);
  const exportJson = (all: readonly RiskEntry[]) => {
    const { name, ownerAuthority, source, edition, issuedOn, receivedOn, classification, description } = list;
    void json.save(`${fileStem(list)}.json`, writeRiskListJson({ name, ownerAuthority, source, edition, issuedOn, receivedOn, classification, description }, all), 'application/json', all.length);
  };

  const facts: [string, string][] = [
    [t('riskLists.fields.ownerAuthority'), list.ownerAuthority],
    [t('riskLists.fields.source'), enumLabel(t, 'riskListSource', list.source)],
    [t('riskLists.fields.edition'), list.edition],
    [t('riskLists.fields.issuedOn'), fmt.date(list.issuedOn)],
    [t('riskLists.fields.receivedOn'), fmt.date(list.receivedOn)],
    [t('riskLists.fields.classification'), enumLabel(t, 'confidentiality', list.classification)],
    [t('riskLists.fields.entryCount'), fmt.number(list.entryCount)],
    [t('riskLists.fields.description'), list.description],
  ];

  return (
    <div className="page risk-list-page">
      <PageHeader
        before={<Link href="/risk-lists">{t('riskLists.backToLists')}</Link>}
        title={list.edition ? t('riskLists.titleWithEdition', { name: list.name, edition: list.edition }) : list.name}
        subtitle={row.replacedBy ? t('riskLists.replaced') : t('riskLists.current')}
        actions={
          <div className="cluster">
            {row.replacedBy === null ? (
              <Link className="btn btn-secondary" href={`/risk-lists/import?previous=${list.id}`}>
                {t('riskLists.importVersion')}
              </Link>
            ) : null}
            {list.previousListId ? (
              <Link className="btn btn-secondary" href={`/risk-lists/${list.id}/changes`}>
                {t('riskLists.changes.open')}
              </Link>
            ) : null}
            <Button isDisabled={!ready} onPress={() => ready && exportCsv(ready)}>
              {t('riskLists.exportCsv')}
            </Button>
            <Button isDisabled={!ready} onPress={() => ready && exportJson(ready)}>
              {t('riskLists.exportJson')}
            </Button>
          </div>
        }
      />
      <SaveStatus state={csv.state.kind !== 'idle' ? csv.state : json.state} />
      {row.replacedBy ? (
        <Banner tone="info" title={t('riskLists.replacedTitle')}>
          <Link href={`/risk-lists/${row.replacedBy}`}>{t('riskLists.openCurrent')}</Link>
        </Banner>
      ) : null}
      <section aria-labelledby="risk-list-facts">
        <h2 id="risk-list-facts" className="visually-hidden">{t('riskLists.factsHeading')}</h2>
        <dl className="risk-list-facts">
          {facts
            .filter(([, value]) => value !== '')
            .map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
        {row.earlier.length > 0 ? (
          <div>
            <h3>{t('riskLists.earlierVersions')}</h3>
            <ul>
              {row.earlier.map((v) => (
                <li key={v.id}>
                  <Link href={`/risk-lists/${v.id}`}>{v.edition || fmt.date(v.createdAt)}</Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
      <RescreenResults listId={list.id} />
      <section className="stack" aria-labelledby="risk-list-entries">
        <h2 id="risk-list-entries">{t('riskLists.entriesHeading')}</h2>
        {entries.kind === 'loading' ? <p role="status" className="muted">{row.held ? t('riskLists.opening') : t('riskLists.fetching')}</p> : null}
        {entries.kind === 'failed' ? <Banner tone="error" title={t('riskLists.unavailable')}>{problem ?? entries.reason}</Banner> : null}
        {ready ? <EntriesBrowser entries={ready} /> : null}
      </section>
    </div>
  );
}
