// Form controls bound to react-hook-form, generic over the form's values. Each reads its value
// and error from the form context by field name, shows the error translated (with the limit or
// range its schema sets) and re-validates while it shows one, so a form only says which field
// goes where. `boundControls<Values>()` gives them typed to one form's field names.
import type { ReactElement } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { ComboBox, DateField, NumberField, Select, TextArea, TextField, type Option } from '../components';
import { TextCounter } from './TextCounter';
import { useBoundField } from './useBoundField';
import { useFieldRules } from './useFieldError';

export interface BoundProps<T extends FieldValues> {
  name: FieldPath<T>;
  label: string;
  description?: string;
  isRequired?: boolean;
}

/** The binding every control shares: its field, and the label slots, translated error and blur. */
function useBound<T extends FieldValues>({ name, label, description, isRequired }: BoundProps<T>) {
  const { field, errorMessage } = useBoundField<T>(name);
  const slots = { label, description, isRequired, errorMessage, onBlur: field.onBlur };
  return { field, slots };
}

type BoundField = ReturnType<typeof useBound>['field'];

/** A text box's value: its string, '' for none. */
function textValue(field: BoundField) {
  return { name: field.name, value: typeof field.value === 'string' ? field.value : '', onChange: field.onChange, inputRef: field.ref };
}

/** A text's counter near its schema's limit. */
function useCounter(name: string, value: unknown) {
  const { maxLength } = useFieldRules(name);
  return maxLength === undefined ? undefined : <TextCounter length={typeof value === 'string' ? value.length : 0} max={maxLength} />;
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

export function FormText<T extends FieldValues>(props: BoundProps<T>) {
  const { field, slots } = useBound(props);
  return <TextField {...slots} {...textValue(field)} counter={useCounter(props.name, field.value)} />;
}

export function FormTextArea<T extends FieldValues>({ rows, ...props }: BoundProps<T> & { rows?: number }) {
  const { field, slots } = useBound(props);
  return <TextArea {...slots} {...textValue(field)} rows={rows} counter={useCounter(props.name, field.value)} />;
}

export function FormSelect<T extends FieldValues>({ options, ...props }: BoundProps<T> & { options: readonly Option[] }) {
  const { field, slots } = useBound(props);
  return <Select {...slots} {...choiceValue(field)} options={options} />;
}

/** A long list (countries, currencies) typed to narrow; stores the option id, '' for none. */
export function FormComboBox<T extends FieldValues>({ options, ...props }: BoundProps<T> & { options: readonly Option[] }) {
  const { field, slots } = useBound(props);
  return <ComboBox {...slots} {...choiceValue(field)} options={options} inputRef={field.ref} />;
}

export function FormNumber<T extends FieldValues>(props: BoundProps<T>) {
  const { field, slots } = useBound(props);
  const value = typeof field.value === 'number' ? field.value : null;
  return <NumberField {...slots} value={value} onChange={field.onChange} inputRef={field.ref} />;
}

/** A calendar date; an empty required date is '' (the schema says "enter a date"), optional null. */
export function FormDate<T extends FieldValues>(props: BoundProps<T>) {
  const { field, slots } = useBound(props);
  return <DateField {...slots} value={chosen(field.value)} onChange={(v) => field.onChange(v ?? (props.isRequired ? '' : null))} />;
}

type Control<P> = (props: P) => ReactElement;

/** The bound controls typed to one form's values, so field names are checked. */
export function boundControls<T extends FieldValues>() {
  return {
    FormText: FormText as Control<BoundProps<T>>,
    FormTextArea: FormTextArea as Control<BoundProps<T> & { rows?: number }>,
    FormSelect: FormSelect as Control<BoundProps<T> & { options: readonly Option[] }>,
    FormComboBox: FormComboBox as Control<BoundProps<T> & { options: readonly Option[] }>,
    FormNumber: FormNumber as Control<BoundProps<T>>,
    FormDate: FormDate as Control<BoundProps<T>>,
  };
}
