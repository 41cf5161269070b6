import type { Ref } from 'react';
import {
  Group,
  Input,
  NumberField as RacNumberField,
  type NumberFieldProps as RacNumberFieldProps,
} from 'react-aria-components';
import { FieldHelp, FieldLabel, isInvalid, type FieldSlots } from './fieldParts';

export interface NumberFieldProps
  extends Omit<RacNumberFieldProps, 'children' | 'className' | 'value' | 'defaultValue' | 'onChange'>,
    FieldSlots {
  /** `null` is an empty field (records store optional numbers as null). */
  value: number | null;
  onChange: (value: number | null) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A number input that parses and shows numbers in the UI language (1.234,5 in Vietnamese), via the
 * react-aria I18nProvider the shell sets.
 */
export function NumberField({ label, description, errorMessage, value, onChange, inputRef, ...props }: NumberFieldProps) {
  return (
    <RacNumberField
      validationBehavior="aria"
      {...props}
      value={value ?? Number.NaN}
      onChange={(next) => onChange(Number.isNaN(next) ? null : next)}
      isInvalid={isInvalid(errorMessage, props.isInvalid)}
      className="field"
    >
      <FieldLabel label={label} isRequired={props.isRequired} />
      <Group className="input-group">
        <Input ref={inputRef} className="input" />
      </Group>
      <FieldHelp description={description} errorMessage={errorMessage} />
    </RacNumberField>
  );
}
