import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, FieldGrid, FormSection } from '../../components';
import type { CaseFormValues } from './caseForm';
import { emptyIdentifier, emptyParty } from './caseRows';
import { FormComboBox, FormSelect, FormText, FormTextArea } from './formFields';
import { RepeatedItem } from './RepeatedItem';
import type { CaseOptions } from './useCaseOptions';

/** Identifiers of one party: scheme + value; the value is checked per scheme (MST check digit…). */
function Identifiers({ index, options }: { index: number; options: CaseOptions }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray<CaseFormValues, `parties.${number}.identifiers`>({
    name: `parties.${index}.identifiers`,
  });
  return (
    <div className="case-identifiers">
      {fields.map((field, j) => (
        <div key={field.id} className="case-identifier-row" role="group" aria-label={`${t('cases.fields.party.value')} ${j + 1}`}>
          <FormSelect name={`parties.${index}.identifiers.${j}.scheme`} label={t('cases.fields.party.scheme')} options={options.identifierSchemes} isRequired />
          <FormText name={`parties.${index}.identifiers.${j}.value`} label={t('cases.fields.party.value')} isRequired />
          <Button variant="quiet" size="small" onPress={() => remove(j)} aria-label={t('cases.form.remove.identifier', { n: j + 1 })}>
            {t('common.actions.remove')}
          </Button>
        </div>
      ))}
      <Button size="small" onPress={() => append(emptyIdentifier())}>
        {t('cases.form.add.identifier')}
      </Button>
    </div>
  );
}

export function PartiesSection({ caseId, options }: { caseId: string; options: CaseOptions }) {
  const { t } = useTranslation();
  const { control } = useFormContext<CaseFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'parties' });
  return (
    <FormSection
      title={t('cases.form.sections.parties')}
      actions={
        <Button size="small" onPress={() => append(emptyParty(caseId))}>
          {t('cases.form.add.party')}
        </Button>
      }
    >
      {fields.length === 0 ? <p className="case-none">{t('cases.form.none.parties')}</p> : null}
      {fields.map((field, i) => (
        <RepeatedItem
          key={field.id}
          heading={t('cases.form.itemHeading.party', { n: i + 1 })}
          removeLabel={t('cases.form.remove.party', { n: i + 1 })}
          onRemove={() => remove(i)}
        >
          <FieldGrid columns={3}>
            <FormSelect name={`parties.${i}.role`} label={t('cases.fields.party.role')} options={options.partyRoles} isRequired />
            <FormSelect name={`parties.${i}.kind`} label={t('cases.fields.party.kind')} options={options.partyKinds} isRequired />
            <FormComboBox name={`parties.${i}.country`} label={t('cases.fields.party.country')} options={options.countries} />
          </FieldGrid>
          <FieldGrid columns={2}>
            <FormText name={`parties.${i}.name`} label={t('cases.fields.party.name')} isRequired />
            <FormText name={`parties.${i}.nameLatin`} label={t('cases.fields.party.nameLatin')} />
          </FieldGrid>
          <FieldGrid columns={1}>
            <FormTextArea name={`parties.${i}.address`} label={t('cases.fields.party.address')} rows={2} />
          </FieldGrid>
          <Identifiers index={i} options={options} />
        </RepeatedItem>
      ))}
    </FormSection>
  );
}
