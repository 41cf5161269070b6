import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, FieldGrid, FormSection } from '../../components';
import type { CaseFormValues } from './caseForm';
import { emptyGoodsLine } from './caseRows';
import { FormComboBox, FormNumber, FormText } from './formFields';
import { HsCodeField } from './HsCodeField';
import { RepeatedItem } from './RepeatedItem';
import type { CaseOptions } from './useCaseOptions';

/** Goods lines, numbered in on-screen order when saved. */
export function GoodsSection({ caseId, options }: { caseId: string; options: CaseOptions }) {
  const { t } = useTranslation();
  const { control } = useFormContext<CaseFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'goods' });
  return (
    <FormSection
      title={t('cases.form.sections.goods')}
      actions={
        <Button size="small" onPress={() => append(emptyGoodsLine(caseId, fields.length + 1))}>
          {t('cases.form.add.goods')}
        </Button>
      }
    >
      {fields.length === 0 ? <p className="case-none">{t('cases.form.none.goods')}</p> : null}
      {fields.map((field, i) => (
        <RepeatedItem
          key={field.id}
          heading={t('cases.form.itemHeading.goods', { n: i + 1 })}
          removeLabel={t('cases.form.remove.goods', { n: i + 1 })}
          onRemove={() => remove(i)}
        >
          <FieldGrid columns={2}>
            <HsCodeField index={i} />
            <FormText name={`goods.${i}.description`} label={t('cases.fields.goods.description')} isRequired />
          </FieldGrid>
          <FieldGrid columns={4}>
            <FormComboBox name={`goods.${i}.declaredOrigin`} label={t('cases.fields.goods.declaredOrigin')} options={options.countries} />
            <FormComboBox name={`goods.${i}.suspectedOrigin`} label={t('cases.fields.goods.suspectedOrigin')} options={options.countries} />
            <FormNumber name={`goods.${i}.quantity`} label={t('cases.fields.goods.quantity')} />
            <FormText name={`goods.${i}.unit`} label={t('cases.fields.goods.unit')} />
            <FormNumber name={`goods.${i}.value`} label={t('cases.fields.goods.value')} />
            <FormComboBox name={`goods.${i}.currency`} label={t('cases.fields.goods.currency')} options={options.currencies} />
          </FieldGrid>
        </RepeatedItem>
      ))}
    </FormSection>
  );
}
