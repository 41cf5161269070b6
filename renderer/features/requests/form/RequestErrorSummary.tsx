import { useFormState } from 'react-hook-form';
import { Banner } from '../../../components';
import { countFieldErrors } from '../../../forms';

/** Field errors plus the messages on whole lists (a field array's `root`: "add a question"). */
export function countRequestErrors(errors: unknown): number {
  if (!errors || typeof errors !== 'object') return 0;
  let count = countFieldErrors(errors);
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'root' || key === 'ref') continue;
    const root = (value as { root?: { message?: unknown } } | undefined)?.root;
    if (typeof root?.message === 'string') count += 1;
    if (value && typeof value === 'object' && !('message' in value)) count += countRequestErrors(value) - countFieldErrors(value);
  }
  return count;
}

/**
 * "N fields need attention before this request can be sent" once a save was refused, counted
 * live from the errors (lists included), gone when none is left.
 */
export function RequestErrorSummary({ shown, title }: { shown: boolean; title: (count: number) => string }) {
  const { errors } = useFormState();
  const count = countRequestErrors(errors);
  if (!shown || count === 0) return null;
  return <Banner tone="error" title={title(count)} />;
}
