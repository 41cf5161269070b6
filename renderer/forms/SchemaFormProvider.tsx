import { createContext, type ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';

/** The zod schema of the form around a field; null outside a `SchemaFormProvider`. */
export const FormSchemaContext = createContext<z.ZodType | null>(null);

/**
 * react-hook-form's `FormProvider` plus the form's zod schema, from which bound controls read
 * their field's limits (a text's maximum for its counter and message, a date's range).
 */
export function SchemaFormProvider<T extends FieldValues, C, O>({
  schema,
  methods,
  children,
}: {
  schema: z.ZodType;
  methods: UseFormReturn<T, C, O>;
  children: ReactNode;
}) {
  return (
    <FormSchemaContext.Provider value={schema}>
      <FormProvider {...methods}>{children}</FormProvider>
    </FormSchemaContext.Provider>
  );
}
