import type { Ref } from 'react';
import { Input, TextField as RacTextField, type TextFieldProps as RacTextFieldProps } from 'react-aria-components';
import { FieldHelp, FieldLabel, isInvalid, type FieldSlots } from './fieldParts';

export interface TextFieldProps extends Omit<RacTextFieldProps, 'children' | 'className'>, FieldSlots {
  placeholder?: string;
  /** Reaches the <input>, e.g. for react-hook-form to focus the first invalid field. */
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}

/**
 * A single-line text input with label, optional help text and a field-level error.
 * `autoComplete` is off unless a field asks otherwise: Chromium keeps what was typed into fields
 * that allow it in its autofill database and in session-restore files, in clear, outside the
 * app's encryption (test/e2e/canary.spec.ts found both).
 */
export function TextField({ label, description, errorMessage, counter, placeholder, inputRef, className, ...props }: TextFieldProps) {
  return (
    <RacTextField
      validationBehavior="aria"
      autoComplete="off"
      {...props}
      isInvalid={isInvalid(errorMessage, props.isInvalid)}
      className={['field', className].filter(Boolean).join(' ')}
    >
      <FieldLabel label={label} isRequired={props.isRequired} />
      <Input ref={inputRef} className="input" placeholder={placeholder} />
      <FieldHelp description={description} errorMessage={errorMessage} counter={counter} />
    </RacTextField>
  );
}
