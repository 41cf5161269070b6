import { useMemo, useState } from 'react';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatContactName, nameOrders, participantRoles, type MeetingSide } from '../../../../shared/domain';
import { Button, Checkbox, ComboBox, FieldGrid, FormSection } from '../../../components';
import { newId } from '../../../db';
import { enumLabel } from '../../../records';
import { useContacts } from '../../contacts';
import { emptyParticipant, participantFromContact, type MeetingFormValues } from './meetingForm';
import { FormSelect, FormText } from './meetingFormControls';

/**
 * One side's delegation: members picked from the contacts (the side's own first) or typed by
 * hand, each with family and given names apart, title, organisation, role and attendance. The
 * members of both sides share one list in the form; this section shows its side's.
 */
export function DelegationSection({ side }: { side: MeetingSide }) {
  const { t } = useTranslation();
  const { control, getValues } = useFormContext<MeetingFormValues>();
  const { fields, append, remove } = useFieldArray<MeetingFormValues, 'participants', 'key'>({ name: 'participants', keyName: 'key' });
  const contacts = useContacts();
  const [picked, setPicked] = useState<string | null>(null);
  const sideLabel = enumLabel(t, 'meetingSide', side);
  const options = useMemo(() => {
    const chosenIds = new Set(fields.map((f) => f.contactId));
    return (contacts ?? [])
      .filter((c) => !chosenIds.has(c.id))
      .sort((a, b) => Number(b.side === side) - Number(a.side === side))
      .map((c) => ({ id: c.id, label: formatContactName(c), detail: [c.title, c.organisation].filter(Boolean).join(', ') }));
  }, [contacts, fields, side]);
  const roles = participantRoles.map((id) => ({ id, label: enumLabel(t, 'participantRole', id) }));
  const orders = nameOrders.map((id) => ({ id, label: t(`meetings.nameOrder.${id}`) }));
  const members = fields.map((field, index) => ({ field, index })).filter(({ field }) => field.side === side);

  const addContact = (contactId: string | null) => {
    const contact = contacts?.find((c) => c.id === contactId);
    if (!contact) return;
    append(participantFromContact(newId(), side, contact));
    setPicked(null);
  };

  return (
    <FormSection
      title={t(`meetings.form.sections.${side}`)}
      actions={
        <Button size="small" onPress={() => append(emptyParticipant(newId(), side, getValues('counterpartCountry')))}>
          {t('meetings.participant.addBlank')}
        </Button>
      }
    >
      <FieldGrid columns={1}>
        <ComboBox
          label={t('meetings.participant.fromContacts')}
          description={t('meetings.participant.fromContactsHelp')}
          options={options}
          value={picked}
          onChange={addContact}
        />
      </FieldGrid>
      {members.length === 0 ? <p className="muted">{t('meetings.participant.none')}</p> : null}
      {members.map(({ field, index }, n) => {
        const heading = t('meetings.participant.heading', { side: sideLabel, n: n + 1 });
        return (
          <div key={field.key} className="meeting-form-item" role="group" aria-label={heading}>
            <div className="meeting-form-item-header">
              <h3 className="meeting-form-item-title">{heading}</h3>
              <Button variant="quiet" size="small" onPress={() => remove(index)} aria-label={t('meetings.participant.remove', { side: sideLabel, n: n + 1 })}>
                {t('common.actions.remove')}
              </Button>
            </div>
            <FieldGrid columns={3}>
              <FormText name={`participants.${index}.familyName`} label={t('meetings.participant.familyName')} />
              <FormText name={`participants.${index}.givenName`} label={t('meetings.participant.givenName')} />
              <FormSelect name={`participants.${index}.nameOrder`} label={t('meetings.participant.nameOrder')} options={orders} isRequired />
              <FormText name={`participants.${index}.title`} label={t('meetings.participant.title')} />
              <FormText name={`participants.${index}.organisation`} label={t('meetings.participant.organisation')} />
              <FormSelect name={`participants.${index}.role`} label={t('meetings.participant.role')} options={roles} isRequired />
            </FieldGrid>
            <Controller
              control={control}
              name={`participants.${index}.attended`}
              render={({ field: box }) => <Checkbox label={t('meetings.participant.attended')} isSelected={box.value} onChange={box.onChange} />}
            />
          </div>
        );
      })}
    </FormSection>
  );
}
