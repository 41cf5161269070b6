/**
 * An error that belongs to a group of fields rather than one input (e.g. "add at least one
 * exporter"). Single fields show theirs through their own `errorMessage` prop. Renders nothing
 * for an empty message, so it can always be placed.
 */
export function FieldError({ id, message }: { id?: string; message?: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}
