import { useTranslation } from 'react-i18next';
import { formatHsCode, normalizeHsCode } from '../../../shared/domain';
import { ComboBox } from '../../components';
import { useHsMatch, useHsSuggestions } from '../referenceData';
import { useCaseField } from './formFields';

/**
 * HS code of a goods line: autocompletes from HS 2022 and the imported tariff as the officer types
 * (any code may still be typed, e.g. a national 8/10-digit one) and shows the description of
 * the code, or of its nearest broader known code, under the field.
 */
export function HsCodeField({ index }: { index: number }) {
  const { t } = useTranslation();
  const name = `goods.${index}.hsCode` as const;
  const { field, errorMessage } = useCaseField(name);
  const typed = typeof field.value === 'string' ? field.value : '';
  const digits = normalizeHsCode(typed);
  const suggestions = useHsSuggestions(/^\d+$/.test(digits) ? digits : '', 8);
  const match = useHsMatch(digits);

  let description = t('cases.fields.goods.hsCodeHelp');
  if (digits !== '' && match === null) description = t('cases.form.hsNotFound');
  else if (digits !== '' && match) description = match.code === digits ? match.description : `${formatHsCode(match.code)}: ${match.description}`;

  return (
    <ComboBox
      label={t('cases.fields.goods.hsCode')}
      description={description}
      errorMessage={errorMessage}
      allowsCustomValue
      menuTrigger="input"
      options={suggestions.map((row) => ({ id: row.code, label: formatHsCode(row.code), detail: row.description }))}
      inputValue={typed}
      onInputChange={field.onChange}
      onChange={(code) => {
        if (code !== null) field.onChange(code);
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
    />
  );
}
