import { useContext, useMemo } from 'react';
import { useLocale } from 'react-aria-components';
import { get, useFormState, useWatch, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useDatePlaceholders } from '../components';
import { fieldMessage } from './fieldMessage';
import { FormSchemaContext } from './SchemaFormProvider';
import { fieldRules, type FieldRules } from './schemaRules';

/** What the form's schema says about the field `name` (its maximum length, its date range). */
export function useFieldRules(name: string): FieldRules {
  const schema = useContext(FormSchemaContext);
  return useMemo(() => (schema ? fieldRules(schema, name) : {}), [schema, name]);
}

/**
 * The translated error of a field, or undefined. Issue messages are i18n keys from the shared
 * schemas; where the schema knows more (a limit, a range) the message says it, in the format
 * the field shows.
 */
export function useFieldError<T extends FieldValues>(name: FieldPath<T>): string | undefined {
  const { t, i18n } = useTranslation();
  const { locale } = useLocale();
  const placeholders = useDatePlaceholders();
  // This field's error only. Reading it through the form's own `formState` (getFieldState) would
  // subscribe the whole form to every field's errors, dirty and touched state: each first
  // keystroke and each blur then re-rendered every field of a 50-line request (~400 ms).
  const { errors } = useFormState<T>({ name, exact: true });
  const value: unknown = useWatch<T>({ name });
  const rules = useFieldRules(name);
  const message = (get(errors, name) as { message?: string } | undefined)?.message;
  if (!message) return undefined;
  return fieldMessage(message, { rules, value, locale, placeholders, t: (key, options) => t(key, options ?? {}), exists: (key) => i18n.exists(key) });
}
