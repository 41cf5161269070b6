import { useController, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, FieldGrid, FormSection } from '../../components';
import type { CaseFormValues } from './caseForm';
import { emptyDeadline } from './caseRows';
import { FormDate, FormText } from './formFields';
import { RepeatedItem } from './RepeatedItem';

/** Ticking "Done" records when the deadline was met; unticking clears it. */
function DoneCheckbox({ index }: { index: number }) {
  const { t } = useTranslation();
  const { field } = useController<CaseFormValues, `deadlines.${number}.completedAt`>({ name: `deadlines.${index}.completedAt` });
  return (
    <Checkbox
      label={t('cases.fields.deadline.completed')}
      isSelected={field.value !== null && field.value !== undefined}
      onChange={(done) => field.onChange(done ? new Date().toISOString() : null)}
    />
  );
}

export function DeadlinesSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { control } = useFormContext<CaseFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'deadlines' });
  return (
    <FormSection
      title={t('cases.form.sections.deadlines')}
      actions={
        <Button size="small" onPress={() => append(emptyDeadline(caseId))}>
          {t('cases.form.add.deadline')}
        </Button>
      }
    >
      {fields.length === 0 ? <p className="case-none">{t('cases.form.none.deadlines')}</p> : null}
      {fields.map((field, i) => (
        <RepeatedItem
          key={field.id}
          heading={t('cases.form.itemHeading.deadline', { n: i + 1 })}
          removeLabel={t('cases.form.remove.deadline', { n: i + 1 })}
          onRemove={() => remove(i)}
        >
          <FieldGrid columns={3}>
            <FormText name={`deadlines.${i}.title`} label={t('cases.fields.deadline.title')} isRequired />
            <FormDate name={`deadlines.${i}.dueDate`} label={t('cases.fields.deadline.dueDate')} isRequired />
            <DoneCheckbox index={i} />
          </FieldGrid>
        </RepeatedItem>
      ))}
    </FormSection>
  );
}
