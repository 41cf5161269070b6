import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { Banner, PageHeader } from '../../components';
import { newId, useDatabase } from '../../db';
import { bundleToFormValues, emptyCaseFormValues, type CaseBundle } from './caseForm';
import { CaseForm } from './CaseForm';
import { useCaseBundle } from './useCaseBundle';
import './cases.css';

/** `/cases/new` and `/cases/:id/edit`. */
export function CaseEditPage() {
  const params = useParams<{ id?: string }>();
  return params.id ? <EditExisting caseId={params.id} /> : <CreateNew />;
}

function CreateNew() {
  const { t } = useTranslation();
  const { actor } = useDatabase();
  const [, navigate] = useLocation();
  // The new case's id is fixed when the form opens so child rows can point at it.
  const [caseId] = useState(newId);
  const [defaultValues] = useState(() => emptyCaseFormValues(actor === 'local' ? '' : actor));
  return (
    <div className="case-edit-page">
      <PageHeader title={t('cases.form.newTitle')} before={<Link href="/cases">{t('cases.detail.back')}</Link>} />
      <CaseForm
        before={null}
        caseId={caseId}
        defaultValues={defaultValues}
        onSaved={(id) => navigate(`/cases/${id}`)}
        onCancel={() => navigate('/cases')}
      />
    </div>
  );
}

function EditExisting({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const bundle = useCaseBundle(caseId);
  if (bundle === undefined) return <p role="status">{t('cases.form.loading')}</p>;
  if (bundle === null) return <Banner tone="error" title={t('cases.form.notFound')} />;
  return <EditLoaded before={bundle} />;
}

/** Keeps the case as it was when the form opened: the save writes only what this officer changed. */
function EditLoaded({ before }: { before: CaseBundle }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [snapshot] = useState(before);
  const [defaultValues] = useState(() => bundleToFormValues(before));
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
        onSaved={(id) => navigate(`/cases/${id}`)}
        onCancel={() => navigate(back)}
      />
    </div>
  );
}
