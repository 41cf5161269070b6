import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner, Button, FormActions } from '../../../components';
import { useDatabase, type FormDraft } from '../../../db';
import { FormErrorSummary, SchemaFormProvider, useFormSave, useSchemaForm } from '../../../forms';
import { DiscardChangesDialog, DraftNotice, useFormDraft } from '../../../forms/drafts';
import { AuthoritiesSection } from './AuthoritiesSection';
import { CaseAttachmentPicker } from './CaseAttachmentPicker';
import { DocumentsSection } from './DocumentsSection';
import { GoodsLinesSection } from './GoodsLinesSection';
import { GroundsSection } from './GroundsSection';
import { HeaderSection } from './HeaderSection';
import { PartiesSection } from './PartiesSection';
import { QuestionsSection } from './QuestionsSection';
import type { RequestBundle } from './requestChanges';
import { requestFormSchema, type RequestFormOutput, type RequestFormValues } from './requestForm';
import { saveRequest } from './saveRequest';
import { useRequestOptions } from './useRequestOptions';
import { VisitSection } from './VisitSection';
import './requestForm.css';

/** The request form's name in draft keys (`request/new:<caseId>`, `request/<id>`). */
export const requestDraftForm = 'request';

export interface RequestFormProps {
  /** The stored request and questions when editing (as the form opened); null for a new request. */
  before: RequestBundle | null;
  requestId: string;
  caseId: string;
  /** Where its draft is kept: the request's id, or `newRecord` for a new one. */
  draftRecord: string;
  defaultValues: RequestFormValues;
  /** What "Discard draft" goes back to: the saved request, or the request as filled from its case. */
  pristineValues: RequestFormValues;
  restoredDraft: FormDraft | null;
  onDraftDiscarded: () => void;
  onSaved: (requestId: string) => void;
  onCancel: () => void;
}

/**
 * The verification request form, built as the case form is: fields validate with the shared
 * schemas as the officer leaves them (and as they change while they show an error), plus, at
 * once, everything sending would refuse; on submit every message shows at its field or list, a
 * banner counts them live, focus goes to the first, and nothing is saved until all is right.
 * Typing is kept as a draft (nothing is lost across a reload or a lock). Each control subscribes
 * to its own field, so a keystroke re-renders that field, not a 50-line form.
 */
export function RequestForm(props: RequestFormProps) {
  const { before, requestId, caseId, defaultValues, pristineValues, restoredDraft, onDraftDiscarded, onSaved, onCancel } = props;
  const { t } = useTranslation();
  const { db, deviceId, actor } = useDatabase();
  const options = useRequestOptions();
  const formRef = useRef<HTMLFormElement>(null);
  const methods = useSchemaForm(requestFormSchema, defaultValues);
  const draft = useFormDraft({
    methods,
    formRef,
    form: requestDraftForm,
    record: props.draftRecord,
    restored: restoredDraft,
    pristine: pristineValues,
    base: before ?? undefined,
    newRecordId: before ? undefined : requestId,
  });
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const leave = async () => {
    await draft.finish();
    onCancel();
  };

  const { problem, onSubmit } = useFormSave({
    methods,
    formRef,
    save: async (values: RequestFormOutput) => {
      await saveRequest(db, { before, requestId, caseId, values, actor: actor || deviceId, deviceId });
      await draft.finish();
      onSaved(requestId);
    },
  });

  return (
    <SchemaFormProvider schema={requestFormSchema} methods={methods}>
      <form ref={formRef} className="request-form" noValidate onSubmit={onSubmit}>
        <DraftNotice savedAt={draft.restoredAt} onDiscard={() => void draft.discard().then(onDraftDiscarded)} />
        <FormErrorSummary shown={problem === 'invalid'} title={(count) => t('requestForm.invalidSummary', { count })} />
        {problem === 'failed' ? <Banner tone="error" title={t('requestForm.saveFailed')} /> : null}
        <HeaderSection options={options} />
        <AuthoritiesSection />
        <DocumentsSection options={options} />
        <PartiesSection options={options} />
        <GoodsLinesSection options={options} />
        <GroundsSection options={options} />
        <QuestionsSection />
        <VisitSection />
        <CaseAttachmentPicker caseId={caseId} />
        <FormActions>
          <Button type="submit" variant="primary" isDisabled={methods.formState.isSubmitting}>
            {methods.formState.isSubmitting ? t('requestForm.saving') : t('requestForm.save')}
          </Button>
          <Button variant="secondary" onPress={() => (draft.isChanged() ? setConfirmingCancel(true) : void leave())}>
            {t('requestForm.cancel')}
          </Button>
        </FormActions>
        <DiscardChangesDialog isOpen={confirmingCancel} onOpenChange={setConfirmingCancel} onDiscard={leave} />
      </form>
    </SchemaFormProvider>
  );
}
