import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, FormSection } from '../../../components';
import { ListError } from './ListError';
import { ListItem } from './ListItem';
import type { RequestFormValues } from './requestForm';
import { FormText, FormTextArea } from './requestFormControls';
import { emptyQuestion } from './requestRows';

/** The documents asked for under one question. */
function Documents({ index }: { index: number }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray<RequestFormValues, `questions.${number}.documents`>({ name: `questions.${index}.documents` });
  return (
    <div className="request-documents">
      <h4 className="request-documents-title">{t('requestForm.fields.question.documents')}</h4>
      {fields.length === 0 ? <p className="request-none">{t('requestForm.none.documents')}</p> : null}
      {fields.map((field, j) => (
        <div key={field.id} className="request-document-row">
          <FormText name={`questions.${index}.documents.${j}.name`} label={t('requestForm.fields.question.document', { n: j + 1 })} isRequired />
          <Button variant="quiet" size="small" onPress={() => remove(j)} aria-label={t('requestForm.remove.document', { n: j + 1, q: index + 1 })}>
            {t('common.actions.remove')}
          </Button>
        </div>
      ))}
      <Button size="small" onPress={() => append({ name: '' })}>
        {t('requestForm.add.document')}
      </Button>
    </div>
  );
}

/** The numbered questions, each with the documents requested; the order on screen is the letter's. */
export function QuestionsSection() {
  const { t } = useTranslation();
  const { fields, append, remove, move } = useFieldArray<RequestFormValues, 'questions'>({ name: 'questions' });
  return (
    <FormSection
      title={t('requestForm.sections.questions')}
      actions={
        <Button size="small" onPress={() => append(emptyQuestion())}>
          {t('requestForm.add.question')}
        </Button>
      }
    >
      <ListError name="questions" />
      {fields.length === 0 ? <p className="request-none">{t('requestForm.none.questions')}</p> : null}
      {fields.map((field, i) => (
        <ListItem
          key={field.id}
          heading={t('requestForm.sections.question', { n: i + 1 })}
          removeLabel={t('requestForm.remove.question', { n: i + 1 })}
          onRemove={() => remove(i)}
          moveUp={i > 0 ? { label: t('requestForm.move.questionUp', { n: i + 1 }), onMove: () => move(i, i - 1) } : undefined}
          moveDown={i < fields.length - 1 ? { label: t('requestForm.move.questionDown', { n: i + 1 }), onMove: () => move(i, i + 1) } : undefined}
        >
          <FormTextArea name={`questions.${i}.text`} label={t('requestForm.fields.question.text')} rows={3} isRequired />
          <Documents index={i} />
        </ListItem>
      ))}
    </FormSection>
  );
}
