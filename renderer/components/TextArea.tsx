import type { Ref } from 'react';
import {
  TextArea as RacTextArea,
  TextField as RacTextField,
  type TextFieldProps as RacTextFieldProps,
} from 'react-aria-components';
import { FieldHelp, FieldLabel, isInvalid, type FieldSlots } from './fieldParts';

export interface TextAreaProps extends Omit<RacTextFieldProps, 'children' | 'className'>, FieldSlots {
  rows?: number;
  placeholder?: string;
  inputRef?: Ref<HTMLTextAreaElement>;
}

/** Multi-line text (summaries, notes) with label, help text and a field-level error. */
export function TextArea({ label, description, errorMessage, counter, rows = 4, placeholder, inputRef, ...props }: TextAreaProps) {
  return (
    <RacTextField validationBehavior="aria" autoComplete="off" {...props} isInvalid={isInvalid(errorMessage, props.isInvalid)} className="field">
      <FieldLabel label={label} isRequired={props.isRequired} />
      <RacTextArea ref={inputRef} className="input textarea" rows={rows} placeholder={placeholder} />
      <FieldHelp description={description} errorMessage={errorMessage} counter={counter} />
    </RacTextField>
  );
}
