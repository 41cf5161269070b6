// The label / help text / error slots every form field shares, so all fields look and announce
// alike. react-aria links them to the input (aria-labelledby, aria-describedby) via slots.
import type { ReactNode } from 'react';
import { FieldError as RacFieldError, Label, Text } from 'react-aria-components';

/** Props every field wrapper takes. `errorMessage` is an already translated string (from an i18n key). */
export interface FieldSlots {
  label: string;
  description?: string;
  errorMessage?: string | null;
  /** Shown at the end of the message line, e.g. a character count near a text's limit. */
  counter?: ReactNode;
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

/**
 * Help text, then the message line: the error and the counter. In a form the message line keeps
 * its height while empty, so an error appearing or going away does not move what is below it
 * under the pointer (a click on "Add goods line" would otherwise land on nothing).
 */
export function FieldHelp({ description, errorMessage, counter }: Omit<FieldSlots, 'label'>) {
  return (
    <>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <div className="field-footer">
        <RacFieldError className="field-error">{errorMessage}</RacFieldError>
        {counter}
      </div>
    </>
  );
}

/** A field is invalid when it shows an error; react-aria only renders the error slot then. */
export function isInvalid(errorMessage: string | null | undefined, explicit?: boolean): boolean {
  return Boolean(errorMessage) || Boolean(explicit);
}
