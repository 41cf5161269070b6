import { parseDate, type CalendarDate } from '@internationalized/date';
import { useContext, useLayoutEffect, useRef, type FocusEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DateField as RacDateField,
  DateFieldStateContext,
  DateInput,
  DateSegment,
  type DateFieldProps as RacDateFieldProps,
} from 'react-aria-components';
import type { DatePlaceholders } from './datePattern';
import { FieldHelp, FieldLabel, isInvalid, type FieldSlots } from './fieldParts';

export interface DateFieldProps
  extends Omit<RacDateFieldProps<CalendarDate>, 'children' | 'className' | 'value' | 'defaultValue' | 'onChange'>,
    FieldSlots {
  /**
   * An ISO date `YYYY-MM-DD`, or `null` for empty (how records store optional dates). A date that
   * does not exist as typed (`2027-02-29`) comes out as such, for the schema to refuse.
   */
  value: string | null;
  onChange: (value: string | null) => void;
}

function toCalendarDate(iso: string | null): CalendarDate | null {
  if (!iso) return null;
  try {
    return parseDate(iso);
  } catch {
    // A malformed stored value, or a typed date that does not exist, shows as empty (its error
    // names it) rather than crashing the form.
    return null;
  }
}

/** The words in empty segments, in the UI language (react-aria has none for Vietnamese). */
export function useDatePlaceholders(): DatePlaceholders {
  const { t } = useTranslation();
  return { day: t('common.datePlaceholder.day'), month: t('common.datePlaceholder.month'), year: t('common.datePlaceholder.year') };
}

interface ShownSegment {
  type: string;
  value?: number | null;
  isPlaceholder: boolean;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The ISO date a complete field shows when that day does not exist (29/02/2027), else null. */
export function impossibleShownDate(segments: readonly ShownSegment[]): string | null {
  const part = (type: string) => segments.find((s) => s.type === type);
  const [day, month, year] = [part('day'), part('month'), part('year')];
  if (!day || !month || !year || day.isPlaceholder || month.isPlaceholder || year.isPlaceholder) return null;
  const [d, m, y] = [day.value ?? 0, month.value ?? 0, year.value ?? 0];
  if (d <= daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Keeps, after each render, the impossible date the field shows (react-aria keeps it until blur). */
function ImpossibleDateProbe({ shown }: { shown: RefObject<string | null> }) {
  const state = useContext(DateFieldStateContext);
  const iso = state ? impossibleShownDate(state.segments) : null;
  useLayoutEffect(() => {
    shown.current = iso;
  });
  return null;
}

/**
 * A date typed segment by segment in the UI language's order (day first in both languages), with
 * ISO strings in and out so records and schemas never see a Date object.
 *
 * react-aria silently turns a complete date that does not exist (29/02/2027) into the month's last
 * day when focus leaves the field. An officer who typed 29 February meant something else, so the
 * field reports the date as typed instead (its schema refuses it) and ignores the correction.
 */
export function DateField({ label, description, errorMessage, value, onChange, ...props }: DateFieldProps) {
  const placeholders = useDatePlaceholders();
  const shownImpossible = useRef<string | null>(null);
  const leftWithImpossible = useRef<string | null>(null);
  const { onBlur } = props;

  const handleBlur = (event: FocusEvent<Element>) => {
    const typed = leftWithImpossible.current;
    leftWithImpossible.current = null;
    if (typed !== null && typed !== value) onChange(typed);
    onBlur?.(event);
  };

  return (
    <RacDateField
      validationBehavior="aria"
      {...props}
      value={toCalendarDate(value)}
      onChange={(next) => {
        // The month-end correction react-aria applies on blur: the typed date is reported instead.
        if (leftWithImpossible.current !== null) return;
        onChange(next ? next.toString() : null);
      }}
      onBlur={handleBlur}
      isInvalid={isInvalid(errorMessage, props.isInvalid)}
      className="field"
    >
      <FieldLabel label={label} isRequired={props.isRequired} />
      <ImpossibleDateProbe shown={shownImpossible} />
      <div
        className="date-input-frame"
        onBlurCapture={(event) => {
          // Runs before react-aria's own blur handling, which corrects the date.
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) leftWithImpossible.current = shownImpossible.current;
        }}
      >
        <DateInput className="input date-input">
          {(segment) => {
            const word = segment.isPlaceholder ? placeholderOf(placeholders, segment.type) : undefined;
            return <DateSegment segment={word ? { ...segment, text: word, placeholder: word } : segment} className="date-segment" />;
          }}
        </DateInput>
      </div>
      <FieldHelp description={description} errorMessage={errorMessage} />
    </RacDateField>
  );
}

function placeholderOf(placeholders: DatePlaceholders, type: string): string | undefined {
  return type === 'day' || type === 'month' || type === 'year' ? placeholders[type] : undefined;
}
