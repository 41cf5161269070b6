import { useMemo, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { currentZoneName } from '../../../../shared/dates';
import {
  confidentialityLevels,
  hostSides,
  meetingModes,
  meetingStatuses,
  meetingTypes,
  minutesStatuses,
} from '../../../../shared/domain';
import { Banner, Button, ConfirmDialog, FieldGrid, FormActions, FormSection, type Option } from '../../../components';
import { newId } from '../../../db';
import { countryChoices, FormErrorSummary, SchemaFormProvider, useDeleteAction, useFormSave, useSchemaForm } from '../../../forms';
import { enumLabel, type RecordEnum } from '../../../records';
import { useMeetingCommit, type MeetingBundle } from '../data/meetingData';
import { AgendaSection } from './AgendaSection';
import { BothClocks } from './BothClocks';
import { DelegationSection } from './DelegationSection';
import { ExchangedSection } from './ExchangedSection';
import { deleteMeetingChanges } from './deleteMeeting';
import { meetingChanges, meetingFormSchema, type MeetingFormOutput, type MeetingFormValues } from './meetingForm';
import { FormComboBox, FormDate, FormSelect, FormText, FormTextArea } from './meetingFormControls';

export interface MeetingFormProps {
  before: MeetingBundle | null;
  meetingId: string;
  defaultValues: MeetingFormValues;
  onDone: (outcome: 'saved' | 'cancelled' | 'deleted') => void;
}

// The runtime lists some zones by old names ("Asia/Saigon"); the list offers the names in force.
const zones: Option[] = [...new Set(Intl.supportedValuesOf('timeZone').map(currentZoneName))]
  .sort()
  .map((zone) => ({ id: zone, label: zone.replace(/_/g, ' '), detail: zone }));

/** The times as both delegations will read them, under the date and time fields. */
function TimesPreview() {
  const [startDate, startTime, timeZone, counterpartTimeZone] = useWatch<MeetingFormValues, ['startDate', 'startTime', 'timeZone', 'counterpartTimeZone']>({
    name: ['startDate', 'startTime', 'timeZone', 'counterpartTimeZone'],
  });
  return <BothClocks date={startDate} time={startTime} zone={timeZone} otherZone={counterpartTimeZone} />;
}

/**
 * A meeting's form: what it is, when (typed on the venue's clock, shown on both sides' clocks),
 * where, the two delegations, the agenda, the items exchanged, the minutes' status and the next
 * meeting. One save writes the meeting and all its rows in one commit.
 */
export function MeetingForm({ before, meetingId, defaultValues, onDone }: MeetingFormProps) {
  const { t, i18n } = useTranslation();
  const commit = useMeetingCommit();
  const formRef = useRef<HTMLFormElement>(null);
  const methods = useSchemaForm(meetingFormSchema, defaultValues);
  const lang = i18n.language === 'vi' ? 'vi' : 'en';
  const options = useMemo(() => {
    const choices = (name: RecordEnum, values: readonly string[]) => values.map((id) => ({ id, label: enumLabel(t, name, id) }));
    return {
      countries: countryChoices(lang),
      types: choices('meetingType', meetingTypes),
      statuses: choices('meetingStatus', meetingStatuses),
      modes: choices('meetingMode', meetingModes),
      hosts: choices('hostSide', hostSides),
      minutes: choices('minutesStatus', minutesStatuses),
      classifications: choices('confidentiality', confidentialityLevels),
    };
  }, [lang, t]);

  const { problem, onSubmit } = useFormSave({
    methods,
    formRef,
    save: async (values: MeetingFormOutput) => {
      await commit(meetingChanges({ before, meetingId, values, newId }));
      onDone('saved');
    },
  });

  const remove = useDeleteAction(async () => {
    if (!before) return;
    await commit(deleteMeetingChanges(before));
    onDone('deleted');
  });

  return (
    <SchemaFormProvider schema={meetingFormSchema} methods={methods}>
      <form ref={formRef} className="form meeting-form" noValidate onSubmit={onSubmit}>
        <FormErrorSummary shown={problem === 'invalid'} title={(count) => t('meetings.form.invalidSummary', { count })} />
        {problem === 'failed' ? <Banner tone="error" title={t('meetings.form.saveFailed')} /> : null}
        {remove.error ? <Banner tone="error" title={t('meetings.delete.failed', { reason: remove.error })} /> : null}
        <FormSection title={t('meetings.form.sections.meeting')}>
          <FieldGrid columns={1}>
            <FormText name="title" label={t('meetings.fields.title')} isRequired />
          </FieldGrid>
          <FieldGrid columns={3}>
            <FormSelect name="type" label={t('meetings.fields.type')} options={options.types} isRequired />
            <FormText name="framework" label={t('meetings.fields.framework')} description={t('meetings.fields.frameworkHelp')} />
            <FormText name="sessionNo" label={t('meetings.fields.sessionNo')} />
            <FormSelect name="status" label={t('meetings.fields.status')} options={options.statuses} isRequired />
            <FormSelect name="classification" label={t('meetings.fields.classification')} options={options.classifications} isRequired />
          </FieldGrid>
        </FormSection>
        <FormSection title={t('meetings.form.sections.time')}>
          <FieldGrid columns={4}>
            <FormDate name="startDate" label={t('meetings.fields.startDate')} isRequired />
            <FormText name="startTime" label={t('meetings.fields.startTime')} description={t('meetings.fields.timesHelp')} isRequired />
            <FormDate name="endDate" label={t('meetings.fields.endDate')} isRequired />
            <FormText name="endTime" label={t('meetings.fields.endTime')} isRequired />
          </FieldGrid>
          <FieldGrid columns={2}>
            <FormComboBox name="timeZone" label={t('meetings.fields.timeZone')} options={zones} isRequired />
            <FormComboBox name="counterpartTimeZone" label={t('meetings.fields.counterpartTimeZone')} options={zones} />
          </FieldGrid>
          <TimesPreview />
        </FormSection>
        <FormSection title={t('meetings.form.sections.place')}>
          <FieldGrid columns={2}>
            <FormText name="venue" label={t('meetings.fields.venue')} />
            <FormSelect name="mode" label={t('meetings.fields.mode')} options={options.modes} isRequired />
            <FormSelect name="hostSide" label={t('meetings.fields.hostSide')} options={options.hosts} isRequired />
            <FormComboBox name="counterpartCountry" label={t('meetings.fields.counterpartCountry')} options={options.countries} isRequired />
          </FieldGrid>
        </FormSection>
        <DelegationSection side="own" />
        <DelegationSection side="counterpart" />
        <AgendaSection />
        <ExchangedSection />
        <FormSection title={t('meetings.form.sections.follow')}>
          <FieldGrid columns={2}>
            <FormSelect name="minutesStatus" label={t('meetings.fields.minutesStatus')} options={options.minutes} isRequired />
            <FormDate name="nextMeetingOn" label={t('meetings.fields.nextMeetingOn')} />
          </FieldGrid>
          <FieldGrid columns={1}>
            <FormTextArea name="nextMeetingNote" label={t('meetings.fields.nextMeetingNote')} rows={2} />
          </FieldGrid>
        </FormSection>
        <FormActions>
          <Button type="submit" variant="primary" isDisabled={methods.formState.isSubmitting}>
            {methods.formState.isSubmitting ? t('meetings.form.saving') : t('meetings.form.save')}
          </Button>
          <Button variant="secondary" onPress={() => onDone('cancelled')}>
            {t('meetings.form.cancel')}
          </Button>
          {before ? (
            <Button variant="danger" onPress={remove.ask}>
              {t('meetings.form.delete')}
            </Button>
          ) : null}
        </FormActions>
        {before ? (
          <ConfirmDialog {...remove.dialog} title={t('meetings.delete.title')} confirmLabel={t('meetings.delete.confirm')} tone="danger">
            <p>{t('meetings.delete.body', { title: before.meeting.title })}</p>
          </ConfirmDialog>
        ) : null}
      </form>
    </SchemaFormProvider>
  );
}
