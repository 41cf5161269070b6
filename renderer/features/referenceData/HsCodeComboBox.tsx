import type { Ref } from 'react';
import { formatHsCode, normalizeHsCode } from '../../../shared/domain';
import { ComboBox } from '../../components';
import { useHsMatch, useHsSuggestions } from './useHsLookup';

export interface HsCodeComboBoxProps {
  label: string;
  /** Said under the field while nothing is typed. */
  help: string;
  /** Said under the field when no known code begins like the typed one. */
  notFound: string;
  value: unknown;
  onChange: (code: string) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  errorMessage?: string;
  isRequired?: boolean;
}

/**
 * An HS code typed into a form (a case's goods line, a request's): suggestions from HS 2022 and
 * the imported tariff as the officer types, though any code may be typed (a national 8- or
 * 10-digit line), and under the field the description of the code, or of its nearest broader
 * known code.
 */
export function HsCodeComboBox({ label, help, notFound, value, onChange, onBlur, inputRef, errorMessage, isRequired }: HsCodeComboBoxProps) {
  const typed = typeof value === 'string' ? value : '';
  const digits = normalizeHsCode(typed);
  const suggestions = useHsSuggestions(/^\d+$/.test(digits) ? digits : '', 8);
  const match = useHsMatch(digits);

  let description = help;
  if (digits !== '' && match === null) description = notFound;
  else if (digits !== '' && match) description = match.code === digits ? match.description : `${formatHsCode(match.code)}: ${match.description}`;

  return (
    <ComboBox
      label={label}
      description={description}
      errorMessage={errorMessage}
      isRequired={isRequired}
      allowsCustomValue
      menuTrigger="input"
      options={suggestions.map((row) => ({ id: row.code, label: formatHsCode(row.code), detail: row.description }))}
      inputValue={typed}
      onInputChange={onChange}
      onChange={(code) => {
        if (code !== null) onChange(code);
      }}
      onBlur={onBlur}
      inputRef={inputRef}
    />
  );
}
