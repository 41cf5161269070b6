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

/**
 * The binding every control shares: its field, and the props each passes alike (label slots,
 * the translated error, blur to validate). Controls add only how their value is read and written.
 */
function useBound({ name, label, description, isRequired }: BoundProps) {
  const { field } = useController<CaseFormValues>({ name });
  const slots = { label, description, isRequired, errorMessage: useFieldError(name), onBlur: field.onBlur };
  return { field, slots };
}

type BoundField = ReturnType<typeof useBound>['field'];

/** A text box's value: its string, '' for none. */
function textValue(field: BoundField) {
  return { name: field.name, value: typeof field.value === 'string' ? field.value : '', onChange: field.onChange, inputRef: field.ref };
}

/** A stored string as a picker shows it: '' (nothing chosen) is null. */
function chosen(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A choice's value: the option id, null for none (stored as ''). */
function choiceValue(field: BoundField) {
  return {
    value: chosen(field.value),
    onChange: (v: string | null) => field.onChange(v ?? ''),
  };
}

export function FormText(props: BoundProps) {
  const { field, slots } = useBound(props);
  return <TextField {...slots} {...textValue(field)} />;
}

export function FormTextArea({ rows, ...props }: BoundProps & { rows?: number }) {
  const { field, slots } = useBound(props);
  return <TextArea {...slots} {...textValue(field)} rows={rows} />;
}

export function FormSelect({ options, ...props }: BoundProps & { options: readonly Option[] }) {
  const { field, slots } = useBound(props);
  return <Select {...slots} {...choiceValue(field)} options={options} />;
}

/** A long list (countries, currencies) typed to narrow; stores the option id, '' for none. */
export function FormComboBox({ options, ...props }: BoundProps & { options: readonly Option[] }) {
  const { field, slots } = useBound(props);
  return <ComboBox {...slots} {...choiceValue(field)} options={options} inputRef={field.ref} />;
}

export function FormNumber(props: BoundProps) {
  const { field, slots } = useBound(props);
  const value = typeof field.value === 'number' ? field.value : null;
  return <NumberField {...slots} value={value} onChange={field.onChange} inputRef={field.ref} />;
}

export function FormDate(props: BoundProps) {
  const { field, slots } = useBound(props);
  return <DateField {...slots} value={chosen(field.value)} onChange={(v) => field.onChange(v ?? (props.isRequired ? '' : null))} />;
}
