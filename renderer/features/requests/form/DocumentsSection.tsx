import { useTranslation } from 'react-i18next';
import { FieldGrid, FormSection } from '../../../components';
import { NullableSelect } from './NullableChoice';
import { FormComboBox, FormDate, FormNumber, FormText } from './requestFormControls';
import type { RequestOptions } from './useRequestOptions';

/** The proof of origin under verification, the invoice and the transport of the shipment. */
export function DocumentsSection({ options }: { options: RequestOptions }) {
  const { t } = useTranslation();
  const f = (name: string) => t(`requestForm.fields.${name}`);
  return (
    <>
      <FormSection title={t('requestForm.sections.proofOfOrigin')}>
        <FieldGrid columns={4}>
          <NullableSelect name="proofOfOrigin.kind" label={f('proofOfOrigin.kind')} options={options.proofKinds} />
          <FormText name="proofOfOrigin.number" label={f('proofOfOrigin.number')} />
          <FormDate name="proofOfOrigin.issueDate" label={f('proofOfOrigin.issueDate')} />
          <FormText name="proofOfOrigin.issuingBody" label={f('proofOfOrigin.issuingBody')} />
        </FieldGrid>
      </FormSection>
      <FormSection title={t('requestForm.sections.invoice')}>
        <FieldGrid columns={4}>
          <FormText name="invoice.number" label={f('invoice.number')} />
          <FormDate name="invoice.date" label={f('invoice.date')} />
          <FormNumber name="invoice.value" label={f('invoice.value')} />
          <FormComboBox name="invoice.currency" label={f('invoice.currency')} options={options.currencies} />
        </FieldGrid>
      </FormSection>
      <FormSection title={t('requestForm.sections.transport')}>
        <FieldGrid columns={3}>
          <FormText name="transport.billOfLading" label={f('transport.billOfLading')} />
          <FormText name="transport.vessel" label={f('transport.vessel')} />
          <FormDate name="transport.departureDate" label={f('transport.departureDate')} />
          <FormText name="transport.portOfLoading" label={f('transport.portOfLoading')} />
          <FormText name="transport.portOfDischarge" label={f('transport.portOfDischarge')} />
        </FieldGrid>
      </FormSection>
    </>
  );
}
