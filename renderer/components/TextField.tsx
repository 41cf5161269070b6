import type { Ref } from 'react';
import { Input, TextField as RacTextField, type TextFieldProps as RacTextFieldProps } from 'react-aria-components';
import { FieldHelp, FieldLabel, isInvalid, type FieldSlots } from './fieldParts';

export interface TextFieldProps extends Omit<RacTextFieldProps, 'children' | 'className'>, FieldSlots {
  placeholder?: string;
  /** Reaches the <input>, e.g. for react-hook-form to focus the first invalid field. */
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}

/** A single-line text input with label, optional help text and a field-level error. */
export function TextField({ label, description, errorMessage, placeholder, inputRef, className, ...props }: TextFieldProps) {
  return (
    <RacTextField
      validationBehavior="aria"
      {...props}
      isInvalid={isInvalid(errorMessage, props.isInvalid)}
      className={['field', className].filter(Boolean).join(' ')}
    >
      <FieldLabel label={label} isRequired={props.isRequired} />
      <Input ref={inputRef} className="input" placeholder={placeholder} />
      <FieldHelp description={description} errorMessage={errorMessage} />
    </RacTextField>
  );
}
