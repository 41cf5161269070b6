import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, FieldGrid, FormSection } from '../../components';
import type { CaseFormValues } from './caseForm';
import { emptyShipment } from './caseRows';
import { FormDate, FormText } from './formFields';
import { RepeatedItem } from './RepeatedItem';

/** Consignments: B/L, containers (ISO 6346, check digit verified), ports as UN/LOCODE, dates. */
export function ShipmentsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { control } = useFormContext<CaseFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'shipments' });
  return (
    <FormSection
      title={t('cases.form.sections.shipments')}
      actions={
        <Button size="small" onPress={() => append(emptyShipment(caseId))}>
          {t('cases.form.add.shipment')}
        </Button>
      }
    >
      {fields.length === 0 ? <p className="case-none">{t('cases.form.none.shipments')}</p> : null}
      {fields.map((field, i) => (
        <RepeatedItem
          key={field.id}
          heading={t('cases.form.itemHeading.shipment', { n: i + 1 })}
          removeLabel={t('cases.form.remove.shipment', { n: i + 1 })}
          onRemove={() => remove(i)}
        >
          <FieldGrid columns={3}>
            <FormText name={`shipments.${i}.billOfLading`} label={t('cases.fields.shipment.billOfLading')} />
            <FormText name={`shipments.${i}.vessel`} label={t('cases.fields.shipment.vessel')} />
            <FormText
              name={`shipments.${i}.containersText`}
              label={t('cases.fields.shipment.containers')}
              description={t('cases.fields.shipment.containersHelp')}
            />
            <FormText name={`shipments.${i}.portOfLoading`} label={t('cases.fields.shipment.portOfLoading')} />
            <FormText name={`shipments.${i}.portOfDischarge`} label={t('cases.fields.shipment.portOfDischarge')} />
            <span />
            <FormDate name={`shipments.${i}.departureDate`} label={t('cases.fields.shipment.departureDate')} />
            <FormDate name={`shipments.${i}.arrivalDate`} label={t('cases.fields.shipment.arrivalDate')} />
          </FieldGrid>
        </RepeatedItem>
      ))}
    </FormSection>
  );
}
