import { useTranslation } from 'react-i18next';
import { HsCodeComboBox } from '../referenceData';
import { useCaseField } from './formFields';

/** HS code of a case's goods line (`HsCodeComboBox`): suggested as typed, described under the field. */
export function HsCodeField({ index }: { index: number }) {
  const { t } = useTranslation();
  const { field, errorMessage } = useCaseField(`goods.${index}.hsCode`);
  return (
    <HsCodeComboBox
      label={t('cases.fields.goods.hsCode')}
      help={t('cases.fields.goods.hsCodeHelp')}
      notFound={t('cases.form.hsNotFound')}
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      errorMessage={errorMessage}
    />
  );
}
