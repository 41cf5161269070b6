// Shared form controls bound to react-hook-form. Each reads its value and error from the form
// context by field name and shows the error translated from its i18n key, so sections only say
// which field goes where.
import { useController, useFormContext, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ComboBox, DateField, NumberField, Select, TextArea, TextField, type Option } from '../../components';
import type { CaseFormValues } from './caseForm';

export type FormName = FieldPath<CaseFormValues>;

interface BoundProps {
  name: FormName;
  label: string;
  description?: string;
  isRequired?: boolean;
}

/** The translated error of a field; issue messages are i18n keys from the shared schemas. */
export function useFieldError(name: FormName): string | undefined {
  const { t, i18n } = useTranslation();
  const { getFieldState, formState } = useFormContext<CaseFormValues>();
  const message = getFieldState(name, formState).error?.message;
  if (!message) return undefined;
  return i18n.exists(message) ? t(message) : t('cases.form.invalidValue');
}

function useBound(name: FormName) {
  const { field } = useController<CaseFormValues>({ name });
  return { field, errorMessage: useFieldError(name) };
}

export function FormText({ name, label, description, isRequired }: BoundProps) {
  const { field, errorMessage } = useBound(name);
  return (
    <TextField
      label={label}
      description={description}
      isRequired={isRequired}
      errorMessage={errorMessage}
      name={field.name}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
    />
  );
}

export function FormTextArea({ name, label, description, isRequired, rows }: BoundProps & { rows?: number }) {
  const { field, errorMessage } = useBound(name);
  return (
    <TextArea
      label={label}
      description={description}
      isRequired={isRequired}
      errorMessage={errorMessage}
      rows={rows}
      name={field.name}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
    />
  );
}

export function FormSelect({ name, label, options, isRequired }: BoundProps & { options: readonly Option[] }) {
  const { field, errorMessage } = useBound(name);
  return (
    <Select
      label={label}
      isRequired={isRequired}
      errorMessage={errorMessage}
      options={options}
      value={typeof field.value === 'string' && field.value !== '' ? field.value : null}
      onChange={(v) => field.onChange(v ?? '')}
      onBlur={field.onBlur}
    />
  );
}

/** A long list (countries, currencies) typed to narrow; stores the option id, '' for none. */
export function FormComboBox({ name, label, options, isRequired, description }: BoundProps & { options: readonly Option[] }) {
  const { field, errorMessage } = useBound(name);
  return (
    <ComboBox
      label={label}
      description={description}
      isRequired={isRequired}
      errorMessage={errorMessage}
      options={options}
      value={typeof field.value === 'string' && field.value !== '' ? field.value : null}
      onChange={(v) => field.onChange(v ?? '')}
      onBlur={field.onBlur}
      inputRef={field.ref}
    />
  );
}

export function FormNumber({ name, label, isRequired }: BoundProps) {
  const { field, errorMessage } = useBound(name);
  return (
    <NumberField
      label={label}
      isRequired={isRequired}
      errorMessage={errorMessage}
      value={typeof field.value === 'number' ? field.value : null}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
    />
  );
}

export function FormDate({ name, label, isRequired }: BoundProps) {
  const { field, errorMessage } = useBound(name);
  return (
    <DateField
      label={label}
      isRequired={isRequired}
      errorMessage={errorMessage}
      value={typeof field.value === 'string' && field.value !== '' ? field.value : null}
      onChange={(v) => field.onChange(v ?? (isRequired ? '' : null))}
      onBlur={field.onBlur}
    />
  );
}
