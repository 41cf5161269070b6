import { useTranslation } from 'react-i18next';
import { formatHsCode, normalizeHsCode } from '../../../../shared/domain';
import { ComboBox } from '../../../components';
import { useHsMatch, useHsSuggestions } from '../../referenceData';
import { useRequestField } from './requestFormControls';

/**
 * HS code of a request's goods line, as the case form's: suggestions from HS 2022 and the imported
 * tariff while typing (any code may be typed), and the description of the code, or of its nearest
 * broader known code, under the field.
 */
export function RequestHsCodeField({ index }: { index: number }) {
  const { t } = useTranslation();
  const { field, errorMessage } = useRequestField(`goodsLines.${index}.hsCode`);
  const typed = typeof field.value === 'string' ? field.value : '';
  const digits = normalizeHsCode(typed);
  const suggestions = useHsSuggestions(/^\d+$/.test(digits) ? digits : '', 8);
  const match = useHsMatch(digits);

  let description = t('requestForm.fields.goods.hsCodeHelp');
  if (digits !== '' && match === null) description = t('requestForm.fields.goods.hsNotFound');
  else if (digits !== '' && match) description = match.code === digits ? match.description : `${formatHsCode(match.code)}: ${match.description}`;

  return (
    <ComboBox
      label={t('requestForm.fields.goods.hsCode')}
      description={description}
      errorMessage={errorMessage}
      isRequired
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
