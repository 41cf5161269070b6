import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { Banner, PageHeader } from '../../components';
import { newId, useDatabase, type FormDraft } from '../../db';
import { newRecord, useStoredDraft } from '../../forms/drafts';
import { bundleToFormValues, emptyCaseFormValues, type CaseBundle, type CaseFormValues } from './caseForm';
import { CaseForm, caseDraftForm } from './CaseForm';
import { useCaseBundle } from './useCaseBundle';
import './cases.css';

/** `/cases/new` and `/cases/:id/edit`. */
export function CaseEditPage() {
  const params = useParams<{ id?: string }>();
  return params.id ? <EditExisting caseId={params.id} /> : <CreateNew />;
}

/**
 * The draft the form opens with: the stored one the first time, none after "Discard draft"
 * (which opens the form afresh under a new `generation` key).
 */
function useDraftToRestore(record: string) {
  const stored = useStoredDraft(caseDraftForm, record);
  const [generation, setGeneration] = useState(0);
  return {
    restored: generation === 0 ? stored : null,
    generation,
    onDraftDiscarded: () => setGeneration((n) => n + 1),
  };
}

function CreateNew() {
  const { t } = useTranslation();
  const { restored, generation, onDraftDiscarded } = useDraftToRestore(newRecord);
  if (restored === undefined) return <p role="status">{t('cases.form.loading')}</p>;
  return <NewCaseForm key={generation} restored={restored} onDraftDiscarded={onDraftDiscarded} />;
}

function NewCaseForm({ restored, onDraftDiscarded }: { restored: FormDraft | null; onDraftDiscarded: () => void }) {
  const { t } = useTranslation();
  const { actor } = useDatabase();
  const [, navigate] = useLocation();
  // The new case's id is fixed when the form opens (or kept by its draft) so child rows can point at it.
  const [caseId] = useState(() => restored?.newRecordId ?? newId());
  const [pristineValues] = useState(() => emptyCaseFormValues(actor === 'local' ? '' : actor));
  const [defaultValues] = useState(() => (restored?.values as CaseFormValues | undefined) ?? pristineValues);
  return (
    <div className="case-edit-page">
      <PageHeader title={t('cases.form.newTitle')} before={<Link href="/cases">{t('cases.detail.back')}</Link>} />
      <CaseForm
        before={null}
        caseId={caseId}
        defaultValues={defaultValues}
        pristineValues={pristineValues}
        restoredDraft={restored}
        onDraftDiscarded={onDraftDiscarded}
        onSaved={(id) => navigate(`/cases/${id}`)}
        onCancel={() => navigate('/cases')}
      />
    </div>
  );
}

function EditExisting({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const bundle = useCaseBundle(caseId);
  const { restored, generation, onDraftDiscarded } = useDraftToRestore(caseId);
  if (bundle === undefined || restored === undefined) return <p role="status">{t('cases.form.loading')}</p>;
  if (bundle === null) return <Banner tone="error" title={t('cases.form.notFound')} />;
  return <EditLoaded key={generation} before={bundle} restored={restored} onDraftDiscarded={onDraftDiscarded} />;
}

/**
 * Keeps the case as it was when the form opened (or when its restored draft was begun): the save
 * writes only what this officer changed.
 */
function EditLoaded({ before, restored, onDraftDiscarded }: { before: CaseBundle; restored: FormDraft | null; onDraftDiscarded: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [snapshot] = useState(() => (restored?.base as CaseBundle | undefined) ?? before);
  const [pristineValues] = useState(() => bundleToFormValues(before));
  const [defaultValues] = useState(() => (restored?.values as CaseFormValues | undefined) ?? pristineValues);
  const back = `/cases/${snapshot.case.id}`;
  return (
    <div className="case-edit-page">
      <PageHeader
        title={t('cases.form.editTitle', { reference: snapshot.case.reference })}
        subtitle={snapshot.case.title}
        before={<Link href={back}>{snapshot.case.reference}</Link>}
      />
      <CaseForm
        before={snapshot}
        caseId={snapshot.case.id}
        defaultValues={defaultValues}
        pristineValues={pristineValues}
        restoredDraft={restored}
        onDraftDiscarded={onDraftDiscarded}
        onSaved={(id) => navigate(`/cases/${id}`)}
        onCancel={() => navigate(back)}
      />
    </div>
  );
}
