import { useTranslation } from 'react-i18next';
import { Checkbox, FieldGrid, FormSection, type Option } from '../../../components';
import { ListError } from './ListError';
import { NullableSelect } from './NullableChoice';
import { FormTextArea, useRequestField } from './requestFormControls';
import type { RequestOptions } from './useRequestOptions';

/** Doubt categories as checkboxes: a set, kept in the order of the list (the letter's order). */
function DoubtCategories({ options }: { options: readonly Option[] }) {
  const { t } = useTranslation();
  const { field } = useRequestField('grounds.doubtCategories');
  const chosen = new Set(Array.isArray(field.value) ? (field.value as string[]) : []);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    field.onChange(options.map((o) => o.id).filter((x) => next.has(x)));
  };
  return (
    <fieldset className="request-checkboxes" aria-describedby="request-doubt-error">
      <legend className="field-label">{t('requestForm.fields.grounds.doubtCategories')}</legend>
      <div className="request-checkbox-grid">
        {options.map((o) => (
          <Checkbox key={o.id} label={o.label} isSelected={chosen.has(o.id)} onChange={(on) => toggle(o.id, on)} onBlur={field.onBlur} />
        ))}
      </div>
      <ListError name="grounds.doubtCategories" id="request-doubt-error" />
    </fieldset>
  );
}

/** Why this shipment was selected, what is doubted, the facts and the enquiries already made. */
export function GroundsSection({ options }: { options: RequestOptions }) {
  const { t } = useTranslation();
  const g = (name: string) => t(`requestForm.fields.grounds.${name}`);
  return (
    <FormSection title={t('requestForm.sections.grounds')}>
      <FieldGrid columns={3}>
        <NullableSelect name="grounds.selectionBasis" label={g('selectionBasis')} options={options.selectionBases} />
      </FieldGrid>
      <DoubtCategories options={options.doubtCategories} />
      <FieldGrid columns={1}>
        <FormTextArea name="grounds.specificIssue" label={g('specificIssue')} rows={3} />
        <FormTextArea name="grounds.factsSummary" label={g('factsSummary')} rows={5} />
        <FormTextArea name="grounds.enquiriesMade" label={g('enquiriesMade')} rows={3} />
      </FieldGrid>
    </FormSection>
  );
}
