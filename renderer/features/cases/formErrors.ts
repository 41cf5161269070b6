/** Number of fields with an error in a react-hook-form `errors` tree (leaves carry a `message`). */
export function countFieldErrors(errors: unknown): number {
  if (!errors || typeof errors !== 'object') return 0;
  if ('message' in errors && typeof (errors as { message: unknown }).message === 'string') return 1;
  let count = 0;
  for (const [key, value] of Object.entries(errors)) if (key !== 'ref' && key !== 'root') count += countFieldErrors(value);
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
