import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatContactName, meetingSides, nameOrders, type Contact } from '../../../shared/domain';
import { Banner, Button, ConfirmDialog, FieldGrid, FormActions, FormSection } from '../../components';
import { boundControls, countryChoices, FormErrorSummary, SchemaFormProvider, useDeleteAction, useFormSave, useSchemaForm } from '../../forms';
import { contactChange, contactFormSchema, formValuesToContact, type ContactFormOutput, type ContactFormValues } from './contactForm';
import { deleteContact, useContactCommit } from './contactData';

const { FormText, FormTextArea, FormSelect, FormComboBox } = boundControls<ContactFormValues>();

export interface ContactFormProps {
  /** The stored contact as the form opened it; null for a new one. */
  before: Contact | null;
  contactId: string;
  defaultValues: ContactFormValues;
  onDone: () => void;
}

/**
 * The contact form: fields validate with the shared contact schema as the attaché leaves them;
 * a refused save marks every field, counts them in a banner and focuses the first. An edit
 * writes only the fields changed since the form opened. Delete asks first.
 */
export function ContactForm({ before, contactId, defaultValues, onDone }: ContactFormProps) {
  const { t, i18n } = useTranslation();
  const commit = useContactCommit();
  const formRef = useRef<HTMLFormElement>(null);
  const methods = useSchemaForm(contactFormSchema, defaultValues);
  const lang = i18n.language === 'vi' ? 'vi' : 'en';
  const options = useMemo(
    () => ({
      countries: countryChoices(lang),
      nameOrders: nameOrders.map((id) => ({ id, label: t(`contacts.nameOrder.${id}`) })),
      sides: meetingSides.map((id) => ({ id, label: t(`contacts.side.${id}`) })),
    }),
    [lang, t],
  );

  const { problem, onSubmit } = useFormSave({
    methods,
    formRef,
    save: async (values: ContactFormOutput) => {
      const change = contactChange(before, formValuesToContact(values, contactId));
      if (change) await commit([change]);
      onDone();
    },
  });

  const remove = useDeleteAction(async () => {
    await commit([deleteContact(contactId)]);
    onDone();
  });

  return (
    <SchemaFormProvider schema={contactFormSchema} methods={methods}>
      <form ref={formRef} className="form contact-form" noValidate onSubmit={onSubmit}>
        <FormErrorSummary shown={problem === 'invalid'} title={(count) => t('contacts.form.invalidSummary', { count })} />
        {problem === 'failed' ? <Banner tone="error" title={t('contacts.form.saveFailed')} /> : null}
        {remove.error ? <Banner tone="error" title={t('contacts.delete.failed', { reason: remove.error })} /> : null}
        <FormSection title={t('contacts.form.sections.name')}>
          <FieldGrid columns={3}>
            <FormText name="familyName" label={t('contacts.fields.familyName')} />
            <FormText name="givenName" label={t('contacts.fields.givenName')} />
            <FormSelect name="nameOrder" label={t('contacts.fields.nameOrder')} options={options.nameOrders} isRequired />
          </FieldGrid>
        </FormSection>
        <FormSection title={t('contacts.form.sections.work')}>
          <FieldGrid columns={3}>
            <FormText name="title" label={t('contacts.fields.title')} />
            <FormText name="organisation" label={t('contacts.fields.organisation')} />
            <FormText name="unit" label={t('contacts.fields.unit')} />
            <FormComboBox name="country" label={t('contacts.fields.country')} options={options.countries} />
            <FormSelect name="side" label={t('contacts.fields.side')} options={options.sides} isRequired />
          </FieldGrid>
          <FieldGrid columns={1}>
            <FormText name="topicsText" label={t('contacts.fields.topics')} description={t('contacts.fields.topicsHelp')} />
          </FieldGrid>
        </FormSection>
        <FormSection title={t('contacts.form.sections.reach')}>
          <FieldGrid columns={3}>
            <FormText name="email" label={t('contacts.fields.email')} />
            <FormText name="phone" label={t('contacts.fields.phone')} />
            <FormText name="mobile" label={t('contacts.fields.mobile')} />
            <FormText name="timeZone" label={t('contacts.fields.timeZone')} description={t('contacts.fields.timeZoneHelp')} />
          </FieldGrid>
        </FormSection>
        <FormSection title={t('contacts.form.sections.notes')}>
          <FieldGrid columns={1}>
            <FormTextArea name="notes" label={t('contacts.fields.notes')} rows={4} />
          </FieldGrid>
        </FormSection>
        <FormActions>
          <Button type="submit" variant="primary" isDisabled={methods.formState.isSubmitting}>
            {methods.formState.isSubmitting ? t('contacts.form.saving') : t('contacts.form.save')}
          </Button>
          <Button variant="secondary" onPress={onDone}>
            {t('contacts.form.cancel')}
          </Button>
          {before ? (
            <Button variant="danger" onPress={remove.ask}>
              {t('contacts.form.delete')}
            </Button>
          ) : null}
        </FormActions>
        {before ? (
          <ConfirmDialog {...remove.dialog} title={t('contacts.delete.title')} confirmLabel={t('contacts.delete.confirm')} tone="danger">
            <p>{t('contacts.delete.body', { name: formatContactName(before) })}</p>
          </ConfirmDialog>
        ) : null}
      </form>
    </SchemaFormProvider>
  );
}
