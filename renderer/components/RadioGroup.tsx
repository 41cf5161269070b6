import { Radio, RadioGroup as RacRadioGroup, type RadioGroupProps as RacRadioGroupProps } from 'react-aria-components';
import { FieldHelp, FieldLabel, isInvalid, type FieldSlots } from './fieldParts';
import type { Option } from './options';

export interface RadioGroupProps
  extends Omit<RacRadioGroupProps, 'children' | 'className' | 'value' | 'defaultValue' | 'onChange'>,
    FieldSlots {
  options: readonly Option[];
  value: string | null;
  onChange: (value: string) => void;
}

/** A few mutually exclusive choices, all visible at once; arrow keys move between them. */
export function RadioGroup({ label, description, errorMessage, options, value, onChange, ...props }: RadioGroupProps) {
  return (
    <RacRadioGroup
      validationBehavior="aria"
      {...props}
      value={value}
      onChange={onChange}
      isInvalid={isInvalid(errorMessage, props.isInvalid)}
      className="field radio-group"
    >
      <FieldLabel label={label} isRequired={props.isRequired} />
      <div className="radio-options">
        {options.map((option) => (
          <Radio key={option.id} value={option.id} className="radio">
            <span className="radio-dot" aria-hidden="true" />
            <span lang={option.lang}>{option.label}</span>
          </Radio>
        ))}
      </div>
      <FieldHelp description={description} errorMessage={errorMessage} />
    </RacRadioGroup>
  );
}
