import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner, Button, FormActions } from '../../components';
import { useDatabase, type FormDraft } from '../../db';
import { FormErrorSummary, SchemaFormProvider, useFormSave, useSchemaForm } from '../../forms';
import { DiscardChangesDialog, DraftNotice, newRecord, useFormDraft } from '../../forms/drafts';
import { caseFormSchema, type CaseBundle, type CaseFormOutput, type CaseFormValues } from './caseForm';
import { DeadlinesSection } from './DeadlinesSection';
import { GoodsSection } from './GoodsSection';
import { PartiesSection } from './PartiesSection';
import { ProofsSection } from './ProofsSection';
import { saveCase } from './saveCase';
import { ShipmentsSection } from './ShipmentsSection';
import { SummarySection } from './SummarySection';
import { useCaseOptions } from './useCaseOptions';

export interface CaseFormProps {
  /** The stored case when editing (snapshot taken when the form opened); null for a new case. */
  before: CaseBundle | null;
  caseId: string;
  /** What the form opens with: a restored draft's values, or `pristineValues`. */
  defaultValues: CaseFormValues;
  /** The values of the saved case (or the empty new case): what "Discard draft" goes back to. */
  pristineValues: CaseFormValues;
  /** The draft the form opened with (`useStoredDraft(caseDraftForm, …)`), or null. */
  restoredDraft: FormDraft | null;
  /** The draft was discarded: the page opens the saved case (or an empty form) afresh. */
  onDraftDiscarded: () => void;
  onSaved: (caseId: string) => void;
  onCancel: () => void;
}

/** The case form's name in draft keys (`case/new`, `case/<id>`). */
export const caseDraftForm = 'case';

/**
 * The case form. Fields validate with the shared schemas as the officer leaves them (and as they
 * change while they show an error); on submit every error shows at its field, a summary banner
 * says how many (counted live), focus goes to the first one and nothing is saved. A valid form is saved in one transaction (`saveCase`).
 *
 * What the officer types is kept as a draft (`useFormDraft`): leaving the form, reloading or
 * locking keeps it, and the form opens with it again. Saving deletes it; Cancel deletes it too,
 * after asking when anything was changed (Cancel means "throw this away", but never silently).
 */
export function CaseForm({ before, caseId, defaultValues, pristineValues, restoredDraft, onDraftDiscarded, onSaved, onCancel }: CaseFormProps) {
  const { t } = useTranslation();
  const { db, deviceId, actor } = useDatabase();
  const options = useCaseOptions();
  const formRef = useRef<HTMLFormElement>(null);
  const methods = useSchemaForm(caseFormSchema, defaultValues);
  const draft = useFormDraft({
    methods,
    formRef,
    form: caseDraftForm,
    record: before ? caseId : newRecord,
    restored: restoredDraft,
    pristine: pristineValues,
    // An edit keeps the case as the form opened it, so a save from the draft writes only what
    // the officer changed; a new case keeps its id, which its child rows point at.
    base: before ?? undefined,
    newRecordId: before ? undefined : caseId,
  });
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const leave = async () => {
    await draft.finish();
    onCancel();
  };
  const discardDraft = async () => {
    await draft.discard();
    onDraftDiscarded();
  };

  const { problem, onSubmit } = useFormSave({
    methods,
    formRef,
    save: async (values: CaseFormOutput) => {
      await saveCase(db, { before, caseId, values, actor: actor || deviceId, deviceId });
      await draft.finish();
      onSaved(caseId);
    },
  });

  return (
    <SchemaFormProvider schema={caseFormSchema} methods={methods}>
      <form ref={formRef} className="case-form" noValidate onSubmit={onSubmit}>
        <DraftNotice savedAt={draft.restoredAt} onDiscard={() => void discardDraft()} />
        <FormErrorSummary shown={problem === 'invalid'} title={(count) => t('cases.form.invalidSummary', { count })} />
        {problem === 'failed' ? <Banner tone="error" title={t('cases.form.saveFailed')} /> : null}
        <SummarySection caseId={caseId} options={options} />
        <PartiesSection caseId={caseId} options={options} />
        <GoodsSection caseId={caseId} options={options} />
        <ShipmentsSection caseId={caseId} />
        <ProofsSection caseId={caseId} options={options} />
        <DeadlinesSection caseId={caseId} />
        <FormActions>
          <Button type="submit" variant="primary" isDisabled={methods.formState.isSubmitting}>
            {methods.formState.isSubmitting ? t('cases.form.saving') : t('cases.form.save')}
          </Button>
          <Button variant="secondary" onPress={() => (draft.isChanged() ? setConfirmingCancel(true) : void leave())}>
            {t('cases.form.cancel')}
          </Button>
        </FormActions>
        <DiscardChangesDialog isOpen={confirmingCancel} onOpenChange={setConfirmingCancel} onDiscard={leave} />
      </form>
    </SchemaFormProvider>
  );
}
