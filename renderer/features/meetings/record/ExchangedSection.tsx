import { useLiveQuery } from 'dexie-react-hooks';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { exchangeDirections, exchangedItemKinds, type RiskList } from '../../../../shared/domain';
import { Button, FieldGrid, FormSection } from '../../../components';
import { liveRecords, useDatabase } from '../../../db';
import { enumLabel } from '../../../records';
import type { MeetingFormValues } from './meetingForm';
import { FormComboBox, FormSelect, FormText } from './meetingFormControls';

/** What was handed over at the meeting; a risk list links to the list as imported. */
export function ExchangedSection() {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const { fields, append, remove } = useFieldArray<MeetingFormValues, 'itemsExchanged', 'key'>({ name: 'itemsExchanged', keyName: 'key' });
  const lists = useLiveQuery(async () => liveRecords(await db.riskLists.toArray()) as RiskList[], [db]);
  const kinds = exchangedItemKinds.map((id) => ({ id, label: enumLabel(t, 'exchangedItemKind', id) }));
  const directions = exchangeDirections.map((id) => ({ id, label: enumLabel(t, 'exchangeDirection', id) }));
  const listOptions = [
    { id: '', label: t('meetings.exchanged.noRiskList') },
    ...(lists ?? []).map((l) => ({ id: l.id, label: l.edition ? `${l.name} (${l.edition})` : l.name })),
  ];
  return (
    <FormSection
      title={t('meetings.form.sections.exchanged')}
      actions={
        <Button size="small" onPress={() => append({ kind: 'riskList', direction: 'given', description: '', riskListId: '' })}>
          {t('meetings.exchanged.add')}
        </Button>
      }
    >
      {fields.length === 0 ? <p className="muted">{t('meetings.exchanged.none')}</p> : null}
      {fields.map((field, i) => (
        <div key={field.key} className="meeting-form-item" role="group" aria-label={t('meetings.exchanged.item', { n: i + 1 })}>
          <div className="meeting-form-item-header">
            <h3 className="meeting-form-item-title">{t('meetings.exchanged.item', { n: i + 1 })}</h3>
            <Button variant="quiet" size="small" onPress={() => remove(i)} aria-label={t('meetings.exchanged.remove', { n: i + 1 })}>
              {t('common.actions.remove')}
            </Button>
          </div>
          <FieldGrid columns={3}>
            <FormSelect name={`itemsExchanged.${i}.kind`} label={t('meetings.exchanged.kind')} options={kinds} isRequired />
            <FormSelect name={`itemsExchanged.${i}.direction`} label={t('meetings.exchanged.direction')} options={directions} isRequired />
            <FormComboBox name={`itemsExchanged.${i}.riskListId`} label={t('meetings.exchanged.riskList')} options={listOptions} />
          </FieldGrid>
          <FieldGrid columns={1}>
            <FormText name={`itemsExchanged.${i}.description`} label={t('meetings.exchanged.description')} isRequired />
          </FieldGrid>
        </div>
      ))}
    </FormSection>
  );
}
