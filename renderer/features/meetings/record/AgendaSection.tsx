import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { meetingSides } from '../../../../shared/domain';
import { Button, FieldGrid, FormSection } from '../../../components';
import { newId } from '../../../db';
import { enumLabel } from '../../../records';
import type { MeetingFormValues } from './meetingForm';
import { FormSelect, FormText, FormTextArea } from './meetingFormControls';

/** The agenda in its order (the minutes' numbering), each item with who tabled it and the discussion. */
export function AgendaSection() {
  const { t } = useTranslation();
  const { fields, append, remove, move } = useFieldArray<MeetingFormValues, 'agenda', 'key'>({ name: 'agenda', keyName: 'key' });
  const leads = [{ id: '', label: t('meetings.agenda.joint') }, ...meetingSides.map((id) => ({ id, label: enumLabel(t, 'meetingSide', id) }))];
  return (
    <FormSection
      title={t('meetings.form.sections.agenda')}
      actions={
        <Button size="small" onPress={() => append({ id: newId(), title: '', leadSide: '', discussionSummary: '' })}>
          {t('meetings.agenda.add')}
        </Button>
      }
    >
      {fields.length === 0 ? <p className="muted">{t('meetings.agenda.none')}</p> : null}
      {fields.map((field, i) => {
        const heading = t('meetings.agenda.item', { n: i + 1 });
        return (
          <div key={field.key} className="meeting-form-item" role="group" aria-label={heading}>
            <div className="meeting-form-item-header">
              <h3 className="meeting-form-item-title">{heading}</h3>
              <Button variant="quiet" size="small" isDisabled={i === 0} onPress={() => move(i, i - 1)} aria-label={t('meetings.agenda.moveUp', { n: i + 1 })}>
                {t('meetings.agenda.up')}
              </Button>
              <Button
                variant="quiet"
                size="small"
                isDisabled={i === fields.length - 1}
                onPress={() => move(i, i + 1)}
                aria-label={t('meetings.agenda.moveDown', { n: i + 1 })}
              >
                {t('meetings.agenda.down')}
              </Button>
              <Button variant="quiet" size="small" onPress={() => remove(i)} aria-label={t('meetings.agenda.remove', { n: i + 1 })}>
                {t('common.actions.remove')}
              </Button>
            </div>
            <FieldGrid columns={2}>
              <FormText name={`agenda.${i}.title`} label={t('meetings.agenda.title')} isRequired />
              <FormSelect name={`agenda.${i}.leadSide`} label={t('meetings.agenda.leadSide')} options={leads} />
            </FieldGrid>
            <FieldGrid columns={1}>
              <FormTextArea name={`agenda.${i}.discussionSummary`} label={t('meetings.agenda.discussionSummary')} rows={3} />
            </FieldGrid>
          </div>
        );
      })}
    </FormSection>
  );
}
