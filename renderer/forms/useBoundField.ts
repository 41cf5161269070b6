import { useController, useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { useFieldError } from './useFieldError';

/**
 * A field bound to the form, whose `onChange` re-validates the field while it shows an error.
 * react-hook-form re-validates on change only after a submit; before it (mode `onBlur`) an error
 * shown on leaving a field stayed until the next blur, although the value was already right.
 * That stale error went away on the click that followed, moving the button being clicked.
 */
export function useBoundField<T extends FieldValues>(name: FieldPath<T>) {
  const { field, fieldState } = useController<T>({ name });
  const { trigger } = useFormContext<T>();
  const errorMessage = useFieldError<T>(name);
  const onChange = (value: unknown) => {
    field.onChange(value);
    if (fieldState.error) void trigger(name);
  };
  return { field: { ...field, onChange }, errorMessage };
}
