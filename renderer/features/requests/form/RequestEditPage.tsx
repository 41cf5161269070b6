import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { isRequestFrozen } from '../../../../shared/domain';
import { Banner, PageHeader } from '../../../components';
import { useLiveQuery } from 'dexie-react-hooks';
import { readDeadlineRules } from '../../../deadlines';
import { newId, useDatabase, type FormDraft } from '../../../db';
import { newRecord, useStoredDraft } from '../../../forms/drafts';
import { AmendBanner } from './AmendBanner';
import { AmendmentDiff } from './AmendmentDiff';
import { newRequestFromCase, type CaseForRequest } from './newRequestFromCase';
import type { RequestBundle } from './requestChanges';
import { replyDueDefault, type ReplyDueTable } from './replyDueDefault';
import { useCaseForRequest, useRequestBundle } from './requestData';
import { localToday, requestToFormValues, type RequestFormValues } from './requestForm';
import { RequestForm, requestDraftForm } from './RequestForm';
import { useRequestOptions } from './useRequestOptions';

/** Where a saved or abandoned request goes: its page (the register's route), or its case. */
const requestPath = (id: string) => `/requests/${id}`;
const casePath = (id: string) => `/cases/${id}`;

/**
 * `/requests/new?caseId=<case>` (a new request filled from its case) and `/requests/:id/edit`.
 * A sent request is not edited: the page says so and offers an amendment.
 */
export function RequestEditPage({ params }: { params: { id?: string } }) {
  const caseId = new URLSearchParams(useSearch()).get('caseId');
  return params.id ? <EditExisting requestId={params.id} /> : <CreateNew caseId={caseId} />;
}

/** The draft the form opens with: the stored one the first time, none after "Discard draft". */
function useDraftToRestore(record: string) {
  const stored = useStoredDraft(requestDraftForm, record);
  const [generation, setGeneration] = useState(0);
  return { restored: generation === 0 ? stored : null, generation, onDraftDiscarded: () => setGeneration((n) => n + 1) };
}

function CreateNew({ caseId }: { caseId: string | null }) {
  const { t } = useTranslation();
  const source = useCaseForRequest(caseId);
  // The reply date opens by the administration's periods, so wait for them (a local read).
  const { db } = useDatabase();
  const table = useLiveQuery(() => readDeadlineRules(db), [db]);
  // One new-request draft per case, so two cases' unfinished requests never mix.
  const { restored, generation, onDraftDiscarded } = useDraftToRestore(`${newRecord}:${caseId ?? ''}`);
  if (!caseId) return <Banner tone="info" title={t('requestForm.chooseCase')} />;
  if (source === undefined || restored === undefined || table === undefined) return <p role="status">{t('requestForm.loading')}</p>;
  if (source === null) return <Banner tone="error" title={t('requestForm.caseNotFound')} />;
  return <NewRequestForm key={generation} source={source} table={table} restored={restored} onDraftDiscarded={onDraftDiscarded} />;
}

interface NewRequestFormProps {
  source: CaseForRequest;
  table: ReplyDueTable;
  restored: FormDraft | null;
  onDraftDiscarded: () => void;
}

function NewRequestForm({ source, table, restored, onDraftDiscarded }: NewRequestFormProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const options = useRequestOptions();
  const k = source.case;
  // The id is fixed when the form opens (or kept by its draft): the question rows point at it.
  const [requestId] = useState(() => restored?.newRecordId ?? newId());
  const [pristineValues] = useState(() =>
    newRequestFromCase(source, localToday(), {
      ourAuthority: t('requestForm.defaults.ourAuthority'),
      partnerAuthority: k.partnerCountry
        ? t('requestForm.defaults.partnerAuthority', { country: options.countryName(k.partnerCountry) })
        : t('requestForm.defaults.partnerAuthorityUnknown'),
      replyDue: (instrument, today) => replyDueDefault(instrument, today, table),
    }),
  );
  const [defaultValues] = useState(() => (restored?.values as RequestFormValues | undefined) ?? pristineValues);
  return (
    <div className="request-edit-page">
      <PageHeader title={t('requestForm.newTitle')} subtitle={`${k.reference} — ${k.title}`} before={<Link href={casePath(k.id)}>{k.reference}</Link>} />
      <RequestForm
        before={null}
        requestId={requestId}
        caseId={k.id}
        draftRecord={`${newRecord}:${k.id}`}
        defaultValues={defaultValues}
        pristineValues={pristineValues}
        restoredDraft={restored}
        onDraftDiscarded={onDraftDiscarded}
        onSaved={(id) => navigate(requestPath(id))}
        onCancel={() => navigate(casePath(k.id))}
      />
    </div>
  );
}

function EditExisting({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const bundle = useRequestBundle(requestId);
  const { restored, generation, onDraftDiscarded } = useDraftToRestore(requestId);
  if (bundle === undefined || restored === undefined) return <p role="status">{t('requestForm.loading')}</p>;
  if (bundle === null) return <Banner tone="error" title={t('requestForm.notFound')} />;
  if (isRequestFrozen(bundle.request)) return <AmendBanner sent={bundle} />;
  return <EditLoaded key={generation} before={bundle} restored={restored} onDraftDiscarded={onDraftDiscarded} />;
}

/** Keeps the request as it was when the form opened: the save writes only what changed since. */
function EditLoaded({ before, restored, onDraftDiscarded }: { before: RequestBundle; restored: FormDraft | null; onDraftDiscarded: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [snapshot] = useState(() => (restored?.base as RequestBundle | undefined) ?? before);
  const [pristineValues] = useState(() => requestToFormValues(before.request, before.questions));
  const [defaultValues] = useState(() => (restored?.values as RequestFormValues | undefined) ?? pristineValues);
  const r = snapshot.request;
  const reference = r.ourReference || r.subject || t('requestForm.untitled');
  const title = r.amendmentNo > 0 ? t('requestForm.amendmentTitle', { n: r.amendmentNo, reference }) : t('requestForm.editTitle', { reference });
  return (
    <div className="request-edit-page">
      <PageHeader title={title} subtitle={r.subject} before={<Link href={requestPath(r.id)}>{t('requestForm.back')}</Link>} />
      {r.amendmentOf ? <AmendmentDiff requestId={r.id} /> : null}
      <RequestForm
        before={snapshot}
        requestId={r.id}
        caseId={r.caseId}
        draftRecord={r.id}
        defaultValues={defaultValues}
        pristineValues={pristineValues}
        restoredDraft={restored}
        onDraftDiscarded={onDraftDiscarded}
        onSaved={(id) => navigate(requestPath(id))}
        onCancel={() => navigate(requestPath(r.id))}
      />
    </div>
  );
}
