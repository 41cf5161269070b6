import { useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { casePriorities, meetingSides, type ActionItem } from '../../../shared/domain';
import { Banner, Button, FieldGrid, FormActions, FormSection, type Option } from '../../components';
import { boundControls, FormErrorSummary, SchemaFormProvider, useFormSave, useSchemaForm } from '../../forms';
import { enumLabel } from '../../records';
import { actionItemFormSchema, formStatuses, type ActionItemFormOutput, type ActionItemFormValues } from './actionItemForm';
import { LinkListField } from './LinkListField';

const { FormText, FormTextArea, FormSelect, FormDate } = boundControls<ActionItemFormValues>();

export interface ActionItemFormProps {
  /** The stored item as the form opened it; null for a new one. */
  before: ActionItem | null;
  defaultValues: ActionItemFormValues;
  cases: readonly Option[];
  requests: readonly Option[];
  save(values: ActionItemFormOutput): Promise<void>;
  onCancel(): void;
  /** Buttons after Save and Cancel (Delete). */
  extraActions?: ReactNode;
}

/**
 * An action item's fields: text, owner side and owner, due date, priority, status, and the cases
 * and requests it is linked to. Fields validate with the shared schema as the officer leaves
 * them; a refused save counts them in a banner and focuses the first.
 */
export function ActionItemForm({ before, defaultValues, cases, requests, save, onCancel, extraActions }: ActionItemFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const methods = useSchemaForm(actionItemFormSchema, defaultValues);
  const options = useMemo(
    () => ({
      sides: meetingSides.map((id) => ({ id, label: enumLabel(t, 'meetingSide', id) })),
      priorities: casePriorities.map((id) => ({ id, label: enumLabel(t, 'casePriority', id) })),
      statuses: formStatuses(before?.status ?? null).map((id) => ({ id, label: enumLabel(t, 'actionItemStatus', id) })),
    }),
    [t, before?.status],
  );
  const { problem, onSubmit } = useFormSave({ methods, formRef, save });

  return (
    <SchemaFormProvider schema={actionItemFormSchema} methods={methods}>
      <form ref={formRef} className="form action-item-form" noValidate onSubmit={onSubmit}>
        <FormErrorSummary shown={problem === 'invalid'} title={(count) => t('actionItems.form.invalidSummary', { count })} />
        {problem === 'failed' ? <Banner tone="error" title={t('actionItems.form.saveFailed')} /> : null}
        <FormSection title={t('actionItems.form.sections.task')}>
          <FieldGrid columns={1}>
            <FormTextArea name="text" label={t('actionItems.fields.text')} rows={3} isRequired />
          </FieldGrid>
          <FieldGrid columns={3}>
            <FormSelect name="ownerSide" label={t('actionItems.fields.ownerSide')} options={options.sides} isRequired />
            <FormText name="owner" label={t('actionItems.fields.owner')} description={t('actionItems.fields.ownerHelp')} />
            <FormDate name="dueDate" label={t('actionItems.fields.dueDate')} />
            <FormSelect name="priority" label={t('actionItems.fields.priority')} options={options.priorities} isRequired />
            <FormSelect
              name="status"
              label={t('actionItems.fields.status')}
              options={options.statuses}
              isRequired
              description={before?.status === 'open' || before?.status === 'inProgress' ? t('actionItems.form.statusHelp') : undefined}
            />
          </FieldGrid>
        </FormSection>
        <FormSection title={t('actionItems.form.sections.links')}>
          <FieldGrid columns={2}>
            <LinkListField name="caseIds" label={t('actionItems.fields.caseIds')} addLabel={t('actionItems.form.addCase')} options={cases} hrefOf={(id) => `/cases/${id}`} />
            <LinkListField
              name="requestIds"
              label={t('actionItems.fields.requestIds')}
              addLabel={t('actionItems.form.addRequest')}
              options={requests}
              hrefOf={(id) => `/requests/${id}`}
            />
          </FieldGrid>
        </FormSection>
        <FormActions>
          <Button type="submit" variant="primary" isDisabled={methods.formState.isSubmitting}>
            {methods.formState.isSubmitting ? t('actionItems.form.saving') : t('actionItems.form.save')}
          </Button>
          <Button variant="secondary" onPress={onCancel}>
            {t('actionItems.form.cancel')}
          </Button>
          {extraActions}
        </FormActions>
      </form>
    </SchemaFormProvider>
  );
}
