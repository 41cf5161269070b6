import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { confidentialityLevels, riskLevels, riskListSources, type Meeting, type RiskLevel } from '../../../../shared/domain';
import { riskListCsvTemplate } from '../../../../shared/riskLists/writeRiskListCsv';
import { Banner, Button, DateField, PageHeader, Select, TextArea, TextField } from '../../../components';
import { liveRecords, useDatabase } from '../../../db';
import { SaveStatus, useFileSave } from '../../../export';
import { useFormat } from '../../../i18n';
import { enumLabel } from '../../../records';
import { useRiskLists } from '../data/useRiskLists';
import { ImportErrors } from './ImportErrors';
import { ImportProgressBar } from './ImportProgressBar';
import { useListImport, type ListMetadata } from './useListImport';

const blankMetadata: ListMetadata = {
  name: '',
  ownerAuthority: '',
  source: 'counterpart',
  edition: '',
  previousListId: null,
  issuedOn: null,
  receivedOn: null,
  classification: 'officialUse',
  meetingId: null,
  description: '',
};

/**
 * `/risk-lists/import` (`?previous=<id>` for a new version of a list): the list's metadata and a
 * file, read and checked in a worker with progress and Cancel. A file with errors shows them as a
 * table (exportable as CSV) and imports nothing unless the officer imports only the valid rows.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const previousId = new URLSearchParams(useSearch()).get('previous');
  const rows = useRiskLists();
  const previous = rows?.find((r) => r.list.id === previousId)?.list ?? null;
  const fileId = useId();
  const hintId = useId();
  const importer = useListImport();
  const template = useFileSave();
  const [typed, setTyped] = useState<Partial<ListMetadata>>({});
  const [defaultRiskLevel, setDefaultRiskLevel] = useState<RiskLevel>('high');
  const { db } = useDatabase();
  const fmt = useFormat();
  // The meetings a list may have been exchanged at, latest first.
  const meetings = useLiveQuery(async () => (liveRecords(await db.meetings.toArray()) as Meeting[]).sort((a, b) => b.startsAt.localeCompare(a.startsAt)), [db]);

  // A new version starts from what the previous one says; a JSON file may name its own list.
  const fromFile = importer.state.kind === 'checked' || importer.state.kind === 'saving' ? importer.state.summary.metadata : null;
  const metadata: ListMetadata = useMemo(
    () => ({
      ...blankMetadata,
      ...(previous ? { name: previous.name, ownerAuthority: previous.ownerAuthority, source: previous.source, classification: previous.classification, meetingId: previous.meetingId } : {}),
      ...Object.fromEntries(Object.entries(fromFile ?? {}).filter(([, v]) => v !== undefined && v !== '' && v !== null)),
      ...typed,
      previousListId: previous?.id ?? null,
    }),
    [previous, fromFile, typed],
  );
  const set = (patch: Partial<ListMetadata>) => setTyped((m) => ({ ...m, ...patch }));

  const state = importer.state;
  const busy = state.kind === 'reading' || state.kind === 'saving';
  const summary = state.kind === 'checked' || state.kind === 'saving' ? state.summary : null;
  const metadataMissing = metadata.name.trim() === '' || metadata.ownerAuthority.trim() === '';
  const canImport = summary !== null && summary.validCount > 0 && !metadataMissing && state.kind === 'checked';

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = ''; // the same file can be picked again after fixing it
    if (file) void importer.read(file);
  };
  const doImport = async () => {
    const listId = await importer.save(metadata, defaultRiskLevel);
    if (listId) navigate(`/risk-lists/${listId}`);
  };

  return (
    <div className="page risk-import">
      <PageHeader
        title={previous ? t('riskLists.import.titleVersion', { name: previous.name }) : t('riskLists.import.title')}
        subtitle={t('riskLists.import.subtitle')}
        before={<Link href={previous ? `/risk-lists/${previous.id}` : '/risk-lists'}>{t('riskLists.backToLists')}</Link>}
      />
      <section className="form-section stack" aria-labelledby="risk-import-list">
        <h2 id="risk-import-list">{t('riskLists.import.listHeading')}</h2>
        <div className="form-grid">
          <TextField label={t('riskLists.fields.name')} value={metadata.name} onChange={(name) => set({ name })} isRequired maxLength={300} isDisabled={busy}
            errorMessage={metadata.name.trim() === '' && summary ? t('riskLists.import.required') : undefined} />
          <TextField label={t('riskLists.fields.ownerAuthority')} value={metadata.ownerAuthority} onChange={(ownerAuthority) => set({ ownerAuthority })} isRequired maxLength={300} isDisabled={busy}
            errorMessage={metadata.ownerAuthority.trim() === '' && summary ? t('riskLists.import.required') : undefined} />
          <Select label={t('riskLists.fields.source')} value={metadata.source} isDisabled={busy}
            options={riskListSources.map((id) => ({ id, label: enumLabel(t, 'riskListSource', id) }))}
            onChange={(v) => v && set({ source: v as ListMetadata['source'] })} />
          <TextField label={t('riskLists.fields.edition')} value={metadata.edition} onChange={(edition) => set({ edition })} maxLength={60} isDisabled={busy} />
          <DateField label={t('riskLists.fields.issuedOn')} value={metadata.issuedOn} onChange={(issuedOn) => set({ issuedOn })} isDisabled={busy} />
          <DateField label={t('riskLists.fields.receivedOn')} value={metadata.receivedOn} onChange={(receivedOn) => set({ receivedOn })} isDisabled={busy} />
          <Select label={t('riskLists.fields.classification')} value={metadata.classification} isDisabled={busy}
            options={confidentialityLevels.map((id) => ({ id, label: enumLabel(t, 'confidentiality', id) }))}
            onChange={(v) => v && set({ classification: v as ListMetadata['classification'] })} />
          <Select label={t('riskLists.import.defaultRiskLevel')} description={t('riskLists.import.defaultRiskLevelHelp')} value={defaultRiskLevel} isDisabled={busy}
            options={riskLevels.map((id) => ({ id, label: enumLabel(t, 'riskLevel', id) }))}
            onChange={(v) => v && setDefaultRiskLevel(v as RiskLevel)} />
          <Select label={t('riskLists.fields.meeting')} value={metadata.meetingId ?? ''} isDisabled={busy}
            options={[{ id: '', label: t('riskLists.import.noMeeting') }, ...(meetings ?? []).map((m) => ({ id: m.id, label: `${fmt.date(m.startsAt)} — ${m.title}` }))]}
            onChange={(v) => set({ meetingId: v ? v : null })} />
        </div>
        <TextArea label={t('riskLists.fields.description')} value={metadata.description} onChange={(description) => set({ description })} rows={3} isDisabled={busy} />
      </section>

      <section className="form-section stack" aria-labelledby="risk-import-file">
        <h2 id="risk-import-file">{t('riskLists.import.fileHeading')}</h2>
        <div className="field">
          <label className="field-label" htmlFor={fileId}>{t('riskLists.import.fileLabel')}</label>
          <input id={fileId} type="file" accept=".csv,.tsv,.txt,.json,text/csv,application/json" aria-describedby={hintId} disabled={busy} onChange={onFile} />
          <p id={hintId} className="field-description">{t('riskLists.import.fileHint')}</p>
        </div>
        <div className="cluster">
          <Button size="small" onPress={() => void template.save('risk-list-template.csv', riskListCsvTemplate(), 'text/csv;charset=utf-8', 2)}>
            {t('riskLists.import.downloadTemplate')}
          </Button>
          <SaveStatus state={template.state} countsRows={false} />
        </div>
        {state.kind === 'reading' || state.kind === 'saving' ? (
          <ImportProgressBar progress={state.progress} onCancel={state.progress?.phase === 'writing' ? null : importer.cancel} />
        ) : null}
        {state.kind === 'cancelled' ? <p role="status" className="muted">{t('riskLists.import.cancelled')}</p> : null}
        {state.kind === 'failed' ? <Banner tone="error" title={t('riskLists.import.failed', { file: state.fileName })}>{state.reason}</Banner> : null}
        {summary ? (
          <div className="stack">
            <p role="status">
              {summary.errors.length === 0
                ? t('riskLists.import.clean', { count: summary.validCount })
                : t('riskLists.import.withErrors', { count: summary.validCount, errors: summary.errors.length })}
            </p>
            {summary.errors.length > 0 ? <ImportErrors errors={summary.errors} fileName={state.kind === 'checked' || state.kind === 'saving' ? state.fileName : ''} /> : null}
          </div>
        ) : null}
      </section>

      <div className="cluster form-actions">
        {summary && summary.errors.length > 0 ? (
          <Button variant="primary" isDisabled={!canImport} onPress={() => void doImport()}>
            {t('riskLists.import.importValid', { count: summary.validCount })}
          </Button>
        ) : (
          <Button variant="primary" isDisabled={!canImport} onPress={() => void doImport()}>
            {t('riskLists.import.import', { count: summary?.validCount ?? 0 })}
          </Button>
        )}
        <Button onPress={() => navigate(previous ? `/risk-lists/${previous.id}` : '/risk-lists')} isDisabled={state.kind === 'saving'}>
          {t('common.actions.cancel')}
        </Button>
        {metadataMissing && summary ? <p className="field-error">{t('riskLists.import.metadataMissing')}</p> : null}
      </div>
    </div>
  );
}
