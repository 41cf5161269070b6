import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { currentZoneName, localIsoDate } from '../../../../shared/dates';
import { Banner, PageHeader } from '../../../components';
import { newId } from '../../../db';
import { useMeetingBundle, type MeetingBundle } from '../data/meetingData';
import { bundleToFormValues, emptyMeetingFormValues } from './meetingForm';
import { MeetingForm } from './MeetingForm';

/** `/meetings/new` and `/meetings/:id/edit`: the meeting's form; saving opens the meeting's record. */
export function MeetingEditPage() {
  const params = useParams<{ id?: string }>();
  return params.id ? <EditExisting id={params.id} /> : <CreateNew />;
}

function Back({ href }: { href: string }) {
  const { t } = useTranslation();
  return <Link href={href}>{t('meetings.record.back')}</Link>;
}

/** A new meeting on this laptop's clock, the other side's zone left for the attaché to choose. */
function CreateNew() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [id] = useState(newId);
  const [defaults] = useState(() => emptyMeetingFormValues(localIsoDate(new Date()), currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone), ''));
  return (
    <div className="page page-narrow meeting-edit-page">
      <PageHeader title={t('meetings.form.newTitle')} before={<Back href="/meetings" />} />
      <MeetingForm before={null} meetingId={id} defaultValues={defaults} onDone={(outcome) => navigate(outcome === 'saved' ? `/meetings/${id}` : '/meetings')} />
    </div>
  );
}

function EditExisting({ id }: { id: string }) {
  const { t } = useTranslation();
  const bundle = useMeetingBundle(id);
  if (bundle === undefined) return <p role="status">{t('meetings.record.loading')}</p>;
  if (bundle === null)
    return (
      <div className="page">
        <Banner tone="error" title={t('meetings.record.notFound')} />
        <Back href="/meetings" />
      </div>
    );
  return <EditLoaded bundle={bundle} />;
}

/** Keeps the meeting as the form opened it, so a save writes only what this attaché changed. */
function EditLoaded({ bundle }: { bundle: MeetingBundle }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [before] = useState(bundle);
  const [defaults] = useState(() => bundleToFormValues(bundle));
  const id = before.meeting.id;
  return (
    <div className="page page-narrow meeting-edit-page">
      <PageHeader title={t('meetings.form.editTitle')} subtitle={before.meeting.title} before={<Back href={`/meetings/${id}`} />} />
      <MeetingForm before={before} meetingId={id} defaultValues={defaults} onDone={(outcome) => navigate(outcome === 'deleted' ? '/meetings' : `/meetings/${id}`)} />
    </div>
  );
}
