// The label / help text / error slots every form field shares, so all fields look and announce
// alike. react-aria links them to the input (aria-labelledby, aria-describedby) via slots.
import { FieldError as RacFieldError, Label, Text } from 'react-aria-components';

/** Props every field wrapper takes. `errorMessage` is an already translated string (from an i18n key). */
export interface FieldSlots {
  label: string;
  description?: string;
  errorMessage?: string | null;
}

export function FieldLabel({ label, isRequired }: { label: string; isRequired?: boolean }) {
  return (
    <Label className="field-label">
      {label}
      {isRequired ? (
        <span className="field-required" aria-hidden="true">
          {' *'}
        </span>
      ) : null}
    </Label>
  );
}

export function FieldHelp({ description, errorMessage }: Omit<FieldSlots, 'label'>) {
  return (
    <>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <RacFieldError className="field-error">{errorMessage}</RacFieldError>
    </>
  );
}

/** A field is invalid when it shows an error; react-aria only renders the error slot then. */
export function isInvalid(errorMessage: string | null | undefined, explicit?: boolean): boolean {
  return Boolean(errorMessage) || Boolean(explicit);
}
