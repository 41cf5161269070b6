import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, FieldGrid, FormSection } from '../../../components';
import { ListError } from './ListError';
import { ListItem } from './ListItem';
import type { RequestFormValues } from './requestForm';
import { FormComboBox, FormNumber, FormText } from './requestFormControls';
import { emptyRequestGoodsLine } from './requestRows';
import { RequestHsCodeField } from './RequestHsCodeField';
import type { RequestOptions } from './useRequestOptions';

/**
 * The goods lines, numbered as they stand (the letter's item numbers). Only this section
 * re-renders when a line is added, removed or moved; typing re-renders the one field.
 */
export function GoodsLinesSection({ options }: { options: RequestOptions }) {
  const { t } = useTranslation();
  const { fields, append, remove, move } = useFieldArray<RequestFormValues, 'goodsLines'>({ name: 'goodsLines' });
  const g = (name: string) => t(`requestForm.fields.goods.${name}`);
  return (
    <FormSection
      title={t('requestForm.sections.goods')}
      actions={
        <Button size="small" onPress={() => append(emptyRequestGoodsLine())}>
          {t('requestForm.add.goods')}
        </Button>
      }
    >
      <ListError name="goodsLines" />
      {fields.length === 0 ? <p className="request-none">{t('requestForm.none.goods')}</p> : null}
      {fields.map((field, i) => (
        <ListItem
          key={field.id}
          heading={t('requestForm.sections.goodsLine', { n: i + 1 })}
          removeLabel={t('requestForm.remove.goods', { n: i + 1 })}
          onRemove={() => remove(i)}
          moveUp={i > 0 ? { label: t('requestForm.move.goodsUp', { n: i + 1 }), onMove: () => move(i, i - 1) } : undefined}
          moveDown={i < fields.length - 1 ? { label: t('requestForm.move.goodsDown', { n: i + 1 }), onMove: () => move(i, i + 1) } : undefined}
        >
          <FieldGrid columns={2}>
            <RequestHsCodeField index={i} />
            <FormText name={`goodsLines.${i}.description`} label={g('description')} isRequired />
          </FieldGrid>
          <FieldGrid columns={4}>
            <FormText name={`goodsLines.${i}.originCriterion`} label={g('originCriterion')} description={g('originCriterionHelp')} />
            <FormNumber name={`goodsLines.${i}.quantity`} label={g('quantity')} />
            <FormText name={`goodsLines.${i}.unit`} label={g('unit')} />
            <FormNumber name={`goodsLines.${i}.value`} label={g('value')} />
            <FormComboBox name={`goodsLines.${i}.currency`} label={g('currency')} options={options.currencies} />
          </FieldGrid>
        </ListItem>
      ))}
    </FormSection>
  );
}
