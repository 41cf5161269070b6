import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { meetingSides, type MeetingSide } from '../../../shared/domain';
import { Banner, Button, ConfirmDialog, DataGrid, PageHeader, Select, type DataGridColumn } from '../../components';
import { newId } from '../../db';
import { contactsToImport, countWithoutSide, readContactsFile, type ContactFileProblem, type ReadContactsFile } from './contactExchange';
import { useContactCommit } from './contactData';
import { putContact } from './contactForm';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'read'; fileName: string; result: ReadContactsFile }
  | { kind: 'failed'; fileName: string; reason: string }
  | { kind: 'importing'; fileName: string; result: ReadContactsFile }
  | { kind: 'done'; count: number };

type ProblemRow = ContactFileProblem & { id: string };

/**
 * `/contacts/import`: a vCard or CSV file is read at once and the page says how many contacts it
 * holds and lists every problem (card or row, field, value, what is wrong); nothing is stored until
 * the attaché confirms. Contacts whose file gives no side get the side chosen here.
 */
export function ContactImportPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const commit = useContactCommit();
  const fileId = useId();
  const hintId = useId();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [side, setSide] = useState<MeetingSide>('counterpart');
  const [confirming, setConfirming] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = ''; // the same file can be chosen again after fixing it
    if (!file) return;
    setImportError(null);
    try {
      setState({ kind: 'read', fileName: file.name, result: readContactsFile(file.name, await file.text()) });
    } catch (error) {
      setState({ kind: 'failed', fileName: file.name, reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const doImport = async () => {
    if (state.kind !== 'read') return;
    setState({ ...state, kind: 'importing' });
    try {
      const contacts = contactsToImport(state.result.contacts, side, newId);
      await commit(contacts.map((c) => putContact(c)));
      setState({ kind: 'done', count: contacts.length });
    } catch (error) {
      setImportError(error instanceof Error ? error.message : String(error));
      setState({ ...state, kind: 'read' });
    }
  };

  const result = state.kind === 'read' || state.kind === 'importing' ? state.result : null;
  const withoutSide = result ? countWithoutSide(result.contacts) : 0;
  const columns: DataGridColumn<ProblemRow>[] = [
    { key: 'place', label: t('contacts.import.place'), width: '6rem', render: (p) => (p.place === 0 ? '—' : String(p.place)) },
    { key: 'field', label: t('contacts.import.field'), width: '10rem', render: (p) => p.field ?? '—' },
    { key: 'value', label: t('contacts.import.value'), width: 'minmax(8rem, 1fr)', render: (p) => p.value },
    { key: 'message', label: t('contacts.import.message'), width: 'minmax(16rem, 3fr)', render: (p) => p.message },
  ];

  return (
    <div className="page contacts-import">
      <PageHeader title={t('contacts.import.title')} subtitle={t('contacts.import.subtitle')} before={<Link href="/contacts">{t('contacts.form.back')}</Link>} />
      <section className="form-section stack" aria-labelledby="contacts-import-file">
        <h2 id="contacts-import-file">{t('contacts.import.fileHeading')}</h2>
        <div className="field">
          <label className="field-label" htmlFor={fileId}>{t('contacts.import.fileLabel')}</label>
          <input id={fileId} type="file" accept=".vcf,.vcard,.csv,.tsv,.txt,text/vcard,text/csv" aria-describedby={hintId}
            disabled={state.kind === 'importing'} onChange={(e) => void onFile(e)} />
          <p id={hintId} className="field-description">{t('contacts.import.fileHint')}</p>
        </div>
        {state.kind === 'failed' ? <Banner tone="error" title={t('contacts.import.failed', { file: state.fileName })}>{state.reason}</Banner> : null}
        {state.kind === 'done' ? <p role="status">{t('contacts.import.done', { count: state.count })}</p> : null}
        {importError ? <Banner tone="error" title={t('contacts.import.importFailed', { reason: importError })} /> : null}
        {result && (state.kind === 'read' || state.kind === 'importing') ? (
          <div className="stack">
            <p role="status">{t('contacts.import.read', { count: result.contacts.length, file: state.fileName })}</p>
            {result.problems.length > 0 ? (
              <div className="stack contacts-import-problems">
                <h3>{t('contacts.import.problems', { count: result.problems.length })}</h3>
                <DataGrid rows={result.problems.map((p, i) => ({ ...p, id: String(i) }))} columns={columns}
                  label={t('contacts.import.problemsLabel')} onOpen={() => undefined} rowHeight={36} />
              </div>
            ) : null}
            {withoutSide > 0 ? (
              <Select label={t('contacts.import.sideLabel')} description={t('contacts.import.sideHelp', { count: withoutSide })} value={side}
                options={meetingSides.map((id) => ({ id, label: t(`contacts.side.${id}`) }))} onChange={(v) => v && setSide(v as MeetingSide)} />
            ) : null}
            <div className="cluster form-actions">
              <Button variant="primary" isDisabled={result.contacts.length === 0 || state.kind === 'importing'} onPress={() => setConfirming(true)}>
                {t('contacts.import.importButton', { count: result.contacts.length })}
              </Button>
              <Button variant="secondary" onPress={() => navigate('/contacts')}>
                {t('contacts.form.cancel')}
              </Button>
            </div>
            <ConfirmDialog isOpen={confirming} onOpenChange={setConfirming} title={t('contacts.import.confirmTitle')} confirmLabel={t('contacts.import.confirm')} onConfirm={doImport}>
              <p>{t('contacts.import.confirmBody', { count: result.contacts.length })}</p>
            </ConfirmDialog>
          </div>
        ) : null}
      </section>
    </div>
  );
}
