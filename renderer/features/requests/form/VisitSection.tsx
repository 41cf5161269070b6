import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldGrid, FormSection } from '../../../components';
import type { RequestFormValues } from './requestForm';
import { FormDate, FormTextArea } from './requestFormControls';

/**
 * The visit proposal, shown only while the method is a visit (its values stay in the form if the
 * method changes back and forth; only a visit stores them). Subscribed to the method alone.
 */
export function VisitSection() {
  const { t } = useTranslation();
  const method = useWatch<RequestFormValues, 'verificationMethod'>({ name: 'verificationMethod' });
  if (method !== 'visit') return null;
  const v = (name: string) => t(`requestForm.fields.visit.${name}`);
  return (
    <FormSection title={t('requestForm.sections.visitProposal')}>
      <FieldGrid columns={2}>
        <FormDate name="visitProposal.proposedFrom" label={v('proposedFrom')} isRequired />
        <FormDate name="visitProposal.proposedTo" label={v('proposedTo')} isRequired />
        <FormTextArea name="visitProposal.sites" label={v('sites')} rows={2} isRequired />
        <FormTextArea name="visitProposal.team" label={v('team')} rows={2} isRequired />
      </FieldGrid>
    </FormSection>
  );
}
