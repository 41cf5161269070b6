import { useTranslation } from 'react-i18next';
import { ComboBox, Select, type Option } from '../../../components';
import { useRequestField, type RequestFieldName } from './requestFormControls';

const none = '';

interface NullableProps {
  name: RequestFieldName;
  label: string;
  description?: string;
  options: readonly Option[];
}

/**
 * A choice that may stay unmade, stored as `null` (the proof's kind, the selection basis): the
 * shared bound select stores '' for none, which these schemas refuse. "Not chosen" is an option,
 * so a choice made by mistake can be taken back by keyboard too.
 */
export function NullableSelect({ name, label, description, options }: NullableProps) {
  const { t } = useTranslation();
  const { field, errorMessage } = useRequestField(name);
  return (
    <Select
      label={label}
      description={description}
      errorMessage={errorMessage}
      options={[{ id: none, label: t('requestForm.noChoice') }, ...options]}
      value={typeof field.value === 'string' ? field.value : none}
      onChange={(v) => field.onChange(v === null || v === none ? null : v)}
      onBlur={field.onBlur}
    />
  );
}

/** A long nullable choice typed to narrow (contact points); clearing the text clears the choice. */
export function NullableComboBox({ name, label, description, options }: NullableProps) {
  const { field, errorMessage } = useRequestField(name);
  return (
    <ComboBox
      label={label}
      description={description}
      errorMessage={errorMessage}
      options={options}
      value={typeof field.value === 'string' ? field.value : null}
      onChange={(v) => field.onChange(v)}
      onBlur={field.onBlur}
      inputRef={field.ref}
    />
  );
}
