import { useFormState } from 'react-hook-form';
import { Banner } from '../components';

/**
 * Number of messages to fix in a react-hook-form `errors` tree: each field's (leaves carry a
 * `message`) and each whole list's (a field array's `root`: "add a question"). The form's own
 * `root` (a save that failed) is no field and is not counted.
 */
export function countFieldErrors(errors: unknown, formLevel = true): number {
  if (!errors || typeof errors !== 'object') return 0;
  if ('message' in errors && typeof (errors as { message: unknown }).message === 'string') return 1;
  let count = 0;
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'ref' || (key === 'root' && formLevel)) continue;
    count += countFieldErrors(value, false);
  }
  return count;
}

/**
 * Moves focus to the first invalid control in document order (what the officer sees first),
 * after React has rendered the error states.
 */
export function focusFirstInvalid(container: HTMLElement | null): void {
  requestAnimationFrame(() => {
    const target =
      container?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      container?.querySelector<HTMLElement>('[data-invalid] :is(input, textarea, button, [role="spinbutton"])');
    target?.focus();
  });
}

/**
 * "N fields need attention" once a save was refused (`shown`), counted from the form's errors at
 * each render, so it follows errors as they appear and go; gone when none is left.
 */
export function FormErrorSummary({ shown, title }: { shown: boolean; title: (count: number) => string }) {
  // Subscribed to the errors, so the count follows them (a snapshot taken at submit went stale).
  const { errors } = useFormState();
  const count = countFieldErrors(errors);
  if (!shown || count === 0) return null;
  return <Banner tone="error" title={title(count)} />;
}
