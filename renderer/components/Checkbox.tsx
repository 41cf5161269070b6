import { useId } from 'react';
import { Checkbox as RacCheckbox, type CheckboxProps as RacCheckboxProps } from 'react-aria-components';
import { FieldError } from './FieldError';
import type { FieldSlots } from './fieldParts';

export interface CheckboxProps extends Omit<RacCheckboxProps, 'children' | 'className'>, FieldSlots {}

/** A labelled checkbox; its help text and error are tied to it with aria-describedby. */
export function Checkbox({ label, description, errorMessage, ...props }: CheckboxProps) {
  const descriptionId = useId();
  const errorId = useId();
  const describedBy = [description ? descriptionId : '', errorMessage ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className="field field-checkbox">
      <RacCheckbox
        {...props}
        isInvalid={Boolean(errorMessage) || props.isInvalid}
        aria-describedby={describedBy || undefined}
        className="checkbox"
      >
        <span className="checkbox-box" aria-hidden="true" />
        <span className="checkbox-label">{label}</span>
      </RacCheckbox>
      {description ? (
        <p id={descriptionId} className="field-description">
          {description}
        </p>
      ) : null}
      <FieldError id={errorId} message={errorMessage} />
    </div>
  );
}
