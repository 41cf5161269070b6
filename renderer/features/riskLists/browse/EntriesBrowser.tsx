import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { riskCategories, riskEntryStatuses, riskLevels, type RiskEntry } from '../../../../shared/domain';
import { DataGrid, Select, TextField, type DataGridColumn } from '../../../components';
import { useFormat } from '../../../i18n';
import { enumLabel } from '../../../records';
import { EntryDialog } from './EntryDialog';
import { emptyEntryFilter, entryCountries, filterEntries, searchableText, type EntryFilter } from './entryFilter';
import { entryTitle } from './entryTitle';

/** A list version's entries: a virtualised grid, filtered by text, category, level, status and country. */
export function EntriesBrowser({ entries }: { entries: readonly RiskEntry[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [filter, setFilter] = useState<EntryFilter>(emptyEntryFilter);
  const [open, setOpen] = useState<RiskEntry | null>(null);
  // Folding 100k entries' names takes ~0.5 s: done once, when the officer first types a word.
  const searching = filter.text.trim() !== '';
  const texts = useMemo(() => (searching ? entries.map(searchableText) : []), [entries, searching]);
  const countries = useMemo(() => [...new Set(entries.flatMap(entryCountries))].sort(), [entries]);
  const shown = useMemo(() => filterEntries(entries, texts, filter), [entries, texts, filter]);
  const patch = (p: Partial<EntryFilter>) => setFilter((f) => ({ ...f, ...p }));
  const any = { id: '', label: t('riskLists.browse.any') };
  const choice = (value: string | null) => (value === '' ? null : value);

  const columns: DataGridColumn<RiskEntry>[] = [
    { key: 'sourceRef', label: t('riskLists.entry.sourceRef'), width: '6rem', render: (e) => e.sourceRef },
    { key: 'subjectType', label: t('riskLists.entry.subjectType'), width: '7rem', render: (e) => enumLabel(t, 'riskSubjectType', e.subjectType) },
    { key: 'name', label: t('riskLists.entry.subject'), width: 'minmax(14rem, 3fr)', render: (e) => entryTitle(e) },
    { key: 'countries', label: t('riskLists.entry.countries'), width: '7rem', render: (e) => [...new Set(entryCountries(e))].join(', ') },
    { key: 'categories', label: t('riskLists.entry.categories'), width: 'minmax(10rem, 2fr)', render: (e) => e.riskCategories.map((c) => enumLabel(t, 'riskCategory', c)).join(', ') },
    { key: 'riskLevel', label: t('riskLists.entry.riskLevel'), width: '7rem', render: (e) => enumLabel(t, 'riskLevel', e.riskLevel) },
    { key: 'status', label: t('riskLists.entry.status'), width: '7rem', render: (e) => enumLabel(t, 'riskEntryStatus', e.status) },
  ];

  return (
    <div className="stack">
      <div className="filter-bar cluster" role="search" aria-label={t('riskLists.browse.filters')}>
        <TextField label={t('riskLists.browse.search')} placeholder={t('riskLists.browse.searchPlaceholder')} value={filter.text} onChange={(text) => patch({ text })} />
        <Select label={t('riskLists.entry.categories')} value={filter.category ?? ''} onChange={(v) => patch({ category: choice(v) as EntryFilter['category'] })}
          options={[any, ...riskCategories.map((id) => ({ id, label: enumLabel(t, 'riskCategory', id) }))]} />
        <Select label={t('riskLists.entry.riskLevel')} value={filter.level ?? ''} onChange={(v) => patch({ level: choice(v) as EntryFilter['level'] })}
          options={[any, ...riskLevels.map((id) => ({ id, label: enumLabel(t, 'riskLevel', id) }))]} />
        <Select label={t('riskLists.entry.status')} value={filter.status ?? ''} onChange={(v) => patch({ status: choice(v) as EntryFilter['status'] })}
          options={[any, ...riskEntryStatuses.map((id) => ({ id, label: enumLabel(t, 'riskEntryStatus', id) }))]} />
        <Select label={t('riskLists.entry.country')} value={filter.country ?? ''} onChange={(v) => patch({ country: choice(v) })}
          options={[any, ...countries.map((id) => ({ id, label: fmt.countryName(id) }))]} />
      </div>
      <p role="status" className="muted">{t('riskLists.browse.count', { shown: shown.length, count: entries.length })}</p>
      <DataGrid<RiskEntry> rows={shown} columns={columns} label={t('riskLists.browse.gridLabel')} onOpen={(entry) => setOpen(entry)} rowHeight={40} />
      {open ? <EntryDialog entry={open} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
