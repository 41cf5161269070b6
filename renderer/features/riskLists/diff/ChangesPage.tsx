import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { diffRiskLists, type RiskEntryChange } from '../../../../shared/riskLists/diffRiskLists';
import type { RiskEntry } from '../../../../shared/domain';
import { Banner, EmptyState, PageHeader } from '../../../components';
import { useListEntries } from '../data/useListEntries';
import { useRiskLists } from '../data/useRiskLists';
import { entryTitle } from '../browse/entryTitle';
import { FieldChangeList } from './FieldChangeList';

/** At most this many entries are listed per part; the counts are always whole. */
const shownPerPart = 500;

/**
 * `/risk-lists/:id/changes`: what this version changed against the one it replaced. Entries are
 * paired by their source reference, else by name, else by HS code (`diffRiskLists`); a changed
 * entry lists each field before and after.
 */
export function ChangesPage({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const rows = useRiskLists();
  const row = rows?.find((r) => r.list.id === params.id);
  const previousRow = rows?.find((r) => r.list.id === row?.list.previousListId);
  const next = useListEntries(row?.list);
  const previous = useListEntries(previousRow?.list);
  const diff = useMemo(
    () => (next.kind === 'ready' && previous.kind === 'ready' ? diffRiskLists(previous.entries, next.entries) : null),
    [next, previous],
  );

  if (rows === undefined) return <div className="page" aria-busy="true" />;
  if (!row || !previousRow) return <EmptyState title={t('riskLists.changes.none')} action={<Link href="/risk-lists">{t('riskLists.backToLists')}</Link>} />;
  const failed = next.kind === 'failed' ? next.reason : previous.kind === 'failed' ? previous.reason : null;
  const label = (l: typeof row.list) => l.edition || l.name;

  return (
    <div className="page risk-changes-page">
      <PageHeader
        before={<Link href={`/risk-lists/${row.list.id}`}>{row.list.name}</Link>}
        title={t('riskLists.changes.title', { previous: label(previousRow.list), next: label(row.list) })}
        subtitle={t('riskLists.changes.subtitle')}
      />
      {failed ? <Banner tone="error" title={t('riskLists.unavailable')}>{failed}</Banner> : null}
      {!diff && !failed ? <p role="status" className="muted">{t('riskLists.opening')}</p> : null}
      {diff ? (
        <>
          <p role="status" className="risk-changes-summary">
            {t('riskLists.changes.summary', { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, unchanged: diff.unchanged })}
          </p>
          <EntryPart id="added" title={t('riskLists.changes.added', { count: diff.added.length })} entries={diff.added} />
          <EntryPart id="removed" title={t('riskLists.changes.removed', { count: diff.removed.length })} entries={diff.removed} />
          <section className="form-section stack" aria-labelledby="changes-changed">
            <h2 id="changes-changed">{t('riskLists.changes.changed', { count: diff.changed.length })}</h2>
            {diff.changed.slice(0, shownPerPart).map((change: RiskEntryChange) => (
              <article key={change.after.id} className="risk-change">
                <h3>{entryTitle(change.after)}</h3>
                <FieldChangeList changes={change.fields} />
              </article>
            ))}
            {diff.changed.length > shownPerPart ? <p className="muted">{t('riskLists.changes.more', { count: diff.changed.length - shownPerPart })}</p> : null}
          </section>
        </>
      ) : null}
    </div>
  );
}

function EntryPart({ id, title, entries }: { id: string; title: string; entries: readonly RiskEntry[] }) {
  const { t } = useTranslation();
  return (
    <section className="form-section stack" aria-labelledby={`changes-${id}`}>
      <h2 id={`changes-${id}`}>{title}</h2>
      {entries.length > 0 ? (
        <ul className="risk-change-entries">
          {entries.slice(0, shownPerPart).map((e) => (
            <li key={e.id}>
              {e.sourceRef ? <span className="muted">{e.sourceRef} · </span> : null}
              {entryTitle(e)}
            </li>
          ))}
        </ul>
      ) : null}
      {entries.length > shownPerPart ? <p className="muted">{t('riskLists.changes.more', { count: entries.length - shownPerPart })}</p> : null}
    </section>
  );
}
