import { useTranslation } from 'react-i18next';
import { HsCodeComboBox } from '../../referenceData';
import { useRequestField } from './requestFormControls';

/** HS code of a request's goods line, typed as in the case form (`HsCodeComboBox`). */
export function RequestHsCodeField({ index }: { index: number }) {
  const { t } = useTranslation();
  const { field, errorMessage } = useRequestField(`goodsLines.${index}.hsCode`);
  return (
    <HsCodeComboBox
      label={t('requestForm.fields.goods.hsCode')}
      help={t('requestForm.fields.goods.hsCodeHelp')}
      notFound={t('requestForm.fields.goods.hsNotFound')}
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      errorMessage={errorMessage}
      isRequired
    />
  );
}
