import { parseDate, type CalendarDate } from '@internationalized/date';
import {
  DateField as RacDateField,
  DateInput,
  DateSegment,
  type DateFieldProps as RacDateFieldProps,
} from 'react-aria-components';
import { FieldHelp, FieldLabel, isInvalid, type FieldSlots } from './fieldParts';

export interface DateFieldProps
  extends Omit<RacDateFieldProps<CalendarDate>, 'children' | 'className' | 'value' | 'defaultValue' | 'onChange'>,
    FieldSlots {
  /** An ISO date `YYYY-MM-DD`, or `null` for empty (how records store optional dates). */
  value: string | null;
  onChange: (value: string | null) => void;
}

function toCalendarDate(iso: string | null): CalendarDate | null {
  if (!iso) return null;
  try {
    return parseDate(iso);
  } catch {
    // A malformed stored value shows as empty rather than crashing the form.
    return null;
  }
}

/**
 * A date typed segment by segment in the UI language's order (day first in both languages), with
 * ISO strings in and out so records and schemas never see a Date object.
 */
export function DateField({ label, description, errorMessage, value, onChange, ...props }: DateFieldProps) {
  return (
    <RacDateField
      validationBehavior="aria"
      {...props}
      value={toCalendarDate(value)}
      onChange={(next) => onChange(next ? next.toString() : null)}
      isInvalid={isInvalid(errorMessage, props.isInvalid)}
      className="field"
    >
      <FieldLabel label={label} isRequired={props.isRequired} />
      <DateInput className="input date-input">
        {(segment) => <DateSegment segment={segment} className="date-segment" />}
      </DateInput>
      <FieldHelp description={description} errorMessage={errorMessage} />
    </RacDateField>
  );
}
