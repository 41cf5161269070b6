import { useTranslation } from 'react-i18next';
import { FieldGrid, FormSection } from '../../components';
import { FormComboBox, FormDate, FormSelect, FormText, FormTextArea } from './formFields';
import { LinkedCasesField } from './LinkedCasesField';
import type { CaseOptions } from './useCaseOptions';

/** The case's own fields: what it is about, with whom, how sensitive, who handles it. */
export function SummarySection({ caseId, options }: { caseId: string; options: CaseOptions }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('cases.form.sections.summary')}>
      <FieldGrid columns={1}>
        <FormText name="title" label={t('cases.fields.title')} isRequired />
      </FieldGrid>
      <FieldGrid columns={3}>
        <FormSelect name="type" label={t('cases.fields.type')} options={options.types} isRequired />
        <FormSelect name="direction" label={t('cases.fields.direction')} options={options.directions} isRequired />
        <FormComboBox name="partnerCountry" label={t('cases.fields.partnerCountry')} options={options.countries} isRequired />
        <FormSelect name="priority" label={t('cases.fields.priority')} options={options.priorities} isRequired />
        <FormSelect name="confidentiality" label={t('cases.fields.confidentiality')} options={options.confidentiality} isRequired />
        <FormDate name="openedOn" label={t('cases.fields.openedOn')} />
        <FormText name="legalBasis" label={t('cases.fields.legalBasis')} description={t('cases.fields.legalBasisHelp')} />
        <FormText name="assignee" label={t('cases.fields.assignee')} />
      </FieldGrid>
      <FieldGrid columns={2}>
        <FormText name="tagsText" label={t('cases.fields.tags')} description={t('cases.fields.tagsHelp')} />
        <FormText name="adCvdOrdersText" label={t('cases.fields.adCvdOrders')} description={t('cases.fields.adCvdOrdersHelp')} />
      </FieldGrid>
      <FieldGrid columns={1}>
        <LinkedCasesField caseId={caseId} />
      </FieldGrid>
      <FieldGrid columns={1}>
        <FormTextArea name="summary" label={t('cases.fields.summary')} rows={5} />
      </FieldGrid>
    </FormSection>
  );
}
