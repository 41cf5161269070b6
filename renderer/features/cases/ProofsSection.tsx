import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, FieldGrid, FormSection } from '../../components';
import type { CaseFormValues } from './caseForm';
import { emptyProofOfOrigin } from './caseRows';
import { FormComboBox, FormDate, FormSelect, FormText } from './formFields';
import { RepeatedItem } from './RepeatedItem';
import type { CaseOptions } from './useCaseOptions';

/** Certificates of origin and origin statements relied on by the importer. */
export function ProofsSection({ caseId, options }: { caseId: string; options: CaseOptions }) {
  const { t } = useTranslation();
  const { control } = useFormContext<CaseFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'proofsOfOrigin' });
  return (
    <FormSection
      title={t('cases.form.sections.proofs')}
      actions={
        <Button size="small" onPress={() => append(emptyProofOfOrigin(caseId))}>
          {t('cases.form.add.proof')}
        </Button>
      }
    >
      {fields.length === 0 ? <p className="case-none">{t('cases.form.none.proofs')}</p> : null}
      {fields.map((field, i) => (
        <RepeatedItem
          key={field.id}
          heading={t('cases.form.itemHeading.proof', { n: i + 1 })}
          removeLabel={t('cases.form.remove.proof', { n: i + 1 })}
          onRemove={() => remove(i)}
        >
          <FieldGrid columns={3}>
            <FormSelect name={`proofsOfOrigin.${i}.kind`} label={t('cases.fields.proof.kind')} options={options.proofKinds} isRequired />
            <FormText name={`proofsOfOrigin.${i}.number`} label={t('cases.fields.proof.number')} />
            <FormDate name={`proofsOfOrigin.${i}.issueDate`} label={t('cases.fields.proof.issueDate')} />
            <FormText name={`proofsOfOrigin.${i}.issuingBody`} label={t('cases.fields.proof.issuingBody')} />
            <FormComboBox name={`proofsOfOrigin.${i}.issuingCountry`} label={t('cases.fields.proof.issuingCountry')} options={options.countries} />
          </FieldGrid>
        </RepeatedItem>
      ))}
    </FormSection>
  );
}
