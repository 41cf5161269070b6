import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';

/**
 * How every form validates against its zod schema. `onBlur`, not `onTouched`: with onTouched
 * react-hook-form validates a field array as soon as a row is added, so a new row would say
 * "required" before anything was typed in it. Once a field shows an error it is checked again
 * on each change, so the message goes as soon as it is fixed. No focus from react-hook-form:
 * `useFormSave` focuses the first invalid field in document order, what the officer sees first.
 */
export function schemaFormOptions<Values extends FieldValues, Output>(
  schema: z.ZodType<Output, Values>,
  defaultValues: DefaultValues<Values>,
): UseFormProps<Values, unknown, Output> {
  return {
    resolver: zodResolver(schema),
    defaultValues,
    mode: 'onBlur',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  };
}

/** react-hook-form over `schema`'s input, handing the schema's output to the submit (`schemaFormOptions`). */
export function useSchemaForm<Values extends FieldValues, Output>(
  schema: z.ZodType<Output, Values>,
  defaultValues: DefaultValues<Values>,
): UseFormReturn<Values, unknown, Output> {
  return useForm(schemaFormOptions(schema, defaultValues));
}
