import { get, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RequestFieldName } from './requestFormControls';

/** The message of a list as a whole: a field array's own (`root`) or a plain list field's. */
export function listErrorMessage(errors: unknown, name: string): string | undefined {
  const error = get(errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = error?.root?.message ?? error?.message;
  return typeof message === 'string' && message !== '' ? message : undefined;
}

/**
 * What is wrong with a list as a whole ("add a question", "attach the proof of origin"), said
 * where the list is; it has no single input to carry it, so it is announced when it appears.
 */
export function ListError({ name, id }: { name: RequestFieldName; id?: string }) {
  const { t } = useTranslation();
  const { errors } = useFormState({ name });
  const message = listErrorMessage(errors, name);
  if (!message) return null;
  return (
    <p id={id} className="request-list-error" role="alert">
      {t(message)}
    </p>
  );
}
