import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, FieldGrid, FormSection } from '../../../components';
import type { RequestFormValues } from './requestForm';
import { FormComboBox, FormSelect, FormText, FormTextArea } from './requestFormControls';
import type { RequestOptions } from './useRequestOptions';

type PartyName = 'exporter' | 'producer' | 'importer';

/** A party's identifiers: scheme + value, the value checked per scheme (MST check digit…). */
function Identifiers({ party, options }: { party: PartyName; options: RequestOptions }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray<RequestFormValues, `${PartyName}.identifiers`>({ name: `${party}.identifiers` });
  const partyLabel = t(`requestForm.sections.${party}`);
  return (
    <div className="request-identifiers">
      {fields.map((field, j) => (
        <div key={field.id} className="request-identifier-row" role="group" aria-label={`${partyLabel}: ${t('requestForm.fields.party.value')} ${j + 1}`}>
          <FormSelect name={`${party}.identifiers.${j}.scheme`} label={t('requestForm.fields.party.scheme')} options={options.identifierSchemes} isRequired />
          <FormText name={`${party}.identifiers.${j}.value`} label={t('requestForm.fields.party.value')} isRequired />
          <Button variant="quiet" size="small" onPress={() => remove(j)} aria-label={t('requestForm.remove.identifier', { n: j + 1, party: partyLabel })}>
            {t('common.actions.remove')}
          </Button>
        </div>
      ))}
      <Button size="small" onPress={() => append({ scheme: 'VN_MST', value: '' })}>
        {t('requestForm.add.identifier')}
      </Button>
    </div>
  );
}

function Party({ party, options }: { party: PartyName; options: RequestOptions }) {
  const { t } = useTranslation();
  const p = (field: string) => t(`requestForm.fields.party.${field}`);
  return (
    <div className="request-form-item" role="group" aria-label={t(`requestForm.sections.${party}`)}>
      <h3 className="request-form-item-title">{t(`requestForm.sections.${party}`)}</h3>
      <FieldGrid columns={2}>
        <FormText name={`${party}.name`} label={p('name')} />
        <FormComboBox name={`${party}.country`} label={p('country')} options={options.countries} />
      </FieldGrid>
      <FieldGrid columns={1}>
        <FormTextArea name={`${party}.address`} label={p('address')} rows={2} />
      </FieldGrid>
      <Identifiers party={party} options={options} />
    </div>
  );
}

/** Exporter, producer and importer as the request names them (snapshots, not links to the case). */
export function PartiesSection({ options }: { options: RequestOptions }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('requestForm.sections.parties')}>
      <Party party="exporter" options={options} />
      <Party party="producer" options={options} />
      <Party party="importer" options={options} />
    </FormSection>
  );
}
