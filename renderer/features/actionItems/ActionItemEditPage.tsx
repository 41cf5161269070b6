import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { isActionItemOverdue, type ActionItem } from '../../../shared/domain';
import { Banner, Button, ConfirmDialog, PageHeader, StatusBadge, type Option } from '../../components';
import { allocateActionItemReference, newId, useDatabase } from '../../db';
import { useFormat } from '../../i18n';
import { enumLabel } from '../../records';
import { deleteActionItem, editActionItem, markDoneChanges, newActionItem, putActionItem, supersedeChanges } from './actionItemChanges';
import { useActionItemCommit, useTrackerRecords, type TrackerRecords } from './actionItemData';
import { ActionItemForm } from './ActionItemForm';
import { formOutputToEdit, itemToFormValues, newItemFromQuery } from './actionItemForm';
import { MarkDoneDialog, SupersedeDialog } from './ItemDialogs';
import { OverdueBadge } from './OverdueBadge';
import { localDay } from './trackerRows';

/** `/actions/new` (`?meeting=&agendaItem=&case=&request=` prefill) and `/actions/:id`. */
export function ActionItemEditPage() {
  const params = useParams<{ id?: string }>();
  const records = useTrackerRecords();
  const { t } = useTranslation();
  if (records === undefined) return <p role="status">{t('actionItems.form.loading')}</p>;
  return <ActionItemEditView id={params.id ?? null} records={records} />;
}

/** The form of item `id` (null: a new item, from the query) once the records are read. */
export function ActionItemEditView({ id, records }: { id: string | null; records: TrackerRecords }) {
  return id ? <EditExisting key={id} id={id} records={records} /> : <CreateNew records={records} />;
}

function Back() {
  const { t } = useTranslation();
  return <Link href="/actions">{t('actionItems.form.back')}</Link>;
}

function linkOptions(records: TrackerRecords): { cases: Option[]; requests: Option[] } {
  return {
    cases: [...records.cases.values()].map((c) => ({ id: c.id, label: `${c.reference} — ${c.title}` })).sort((a, b) => b.label.localeCompare(a.label)),
    requests: [...records.requests.values()].map((r) => ({ id: r.id, label: r.ourReference ? `${r.ourReference} — ${r.subject}` : r.subject })),
  };
}

function CreateNew({ records }: { records: TrackerRecords }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const search = useSearch();
  const { db, deviceId } = useDatabase();
  const commit = useActionItemCommit();
  const [id] = useState(newId);
  const [start] = useState(() => newItemFromQuery(search));
  const options = useMemo(() => linkOptions(records), [records]);
  const meeting = start.origin.meetingId ? records.meetings.get(start.origin.meetingId) : undefined;
  // Back where it was raised: the meeting, the case or the request; else the new item.
  const origin = start.origin.meetingId
    ? `/meetings/${start.origin.meetingId}`
    : start.values.caseIds[0]
      ? `/cases/${start.values.caseIds[0]}`
      : start.values.requestIds[0]
        ? `/requests/${start.values.requestIds[0]}`
        : null;
  return (
    <div className="page page-narrow action-item-page">
      <PageHeader title={t('actionItems.form.newTitle')} before={<Back />} />
      {meeting ? (
        <p>
          {t('actionItems.form.fromMeeting')}: <Link href={`/meetings/${meeting.id}`}>{meeting.title}</Link>
        </p>
      ) : null}
      <ActionItemForm
        before={null}
        defaultValues={start.values}
        {...options}
        save={async (values) => {
          const reference = await allocateActionItemReference(db, deviceId);
          await commit([putActionItem(newActionItem(id, reference, formOutputToEdit(values), start.origin, new Date()))]);
          navigate(origin ?? `/actions/${id}`);
        }}
        onCancel={() => navigate(origin ?? '/actions')}
      />
    </div>
  );
}

function EditExisting({ id, records }: { id: string; records: TrackerRecords }) {
  const { t } = useTranslation();
  const item = records.items.find((i) => i.id === id);
  if (!item)
    return (
      <div className="page">
        <Banner tone="error" title={t('actionItems.form.notFound')} />
        <Back />
      </div>
    );
  // A status move (done, superseded) opens the form again on the item as it now stands.
  return <EditLoaded key={item.status} item={item} records={records} />;
}

function EditLoaded({ item, records }: { item: ActionItem; records: TrackerRecords }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [, navigate] = useLocation();
  const { db, deviceId } = useDatabase();
  const commit = useActionItemCommit();
  const [before] = useState(item);
  const [defaults] = useState(() => itemToFormValues(item));
  const [dialog, setDialog] = useState<'done' | 'supersede' | 'delete' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const options = useMemo(() => linkOptions(records), [records]);
  const meeting = item.meetingId ? records.meetings.get(item.meetingId) : undefined;
  const replacement = item.supersededById ? records.items.find((i) => i.id === item.supersededById) : undefined;
  const replaces = records.items.filter((i) => i.supersededById === item.id);
  const active = item.status === 'open' || item.status === 'inProgress';
  const attempt = async (run: () => Promise<void>) => {
    setFailure(null);
    try {
      await run();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="page page-narrow action-item-page">
      <PageHeader
        before={<Back />}
        title={item.reference}
        subtitle={
          <>
            <StatusBadge status={item.status} label={enumLabel(t, 'actionItemStatus', item.status)} />{' '}
            {isActionItemOverdue(item, localDay(new Date())) ? <OverdueBadge /> : null}
          </>
        }
        actions={
          active ? (
            <>
              <Button variant="primary" onPress={() => setDialog('done')}>
                {t('actionItems.done.action')}
              </Button>
              <Button onPress={() => setDialog('supersede')}>{t('actionItems.supersede.action')}</Button>
            </>
          ) : undefined
        }
      />
      {failure ? <Banner tone="error" title={t('actionItems.form.actionFailed', { reason: failure })} /> : null}
      {meeting ? (
        <p>
          {t('actionItems.form.fromMeeting')}: <Link href={`/meetings/${meeting.id}`}>{meeting.title}</Link>
        </p>
      ) : null}
      {replacement ? (
        <p>
          <Link href={`/actions/${replacement.id}`}>{t('actionItems.form.supersededBy', { reference: replacement.reference })}</Link>
        </p>
      ) : null}
      {replaces.map((old) => (
        <p key={old.id}>
          <Link href={`/actions/${old.id}`}>{t('actionItems.form.supersedes', { reference: old.reference })}</Link>
        </p>
      ))}
      {item.closedAt ? <p className="muted">{t('actionItems.form.closed', { date: fmt.date(localDay(new Date(item.closedAt))) })}</p> : null}
      {item.closingNote ? (
        <p>
          <strong>{t('actionItems.fields.closingNote')}:</strong> {item.closingNote}
        </p>
      ) : null}
      <ActionItemForm
        before={before}
        defaultValues={defaults}
        {...options}
        save={async (values) => {
          const change = editActionItem(before, formOutputToEdit(values), new Date());
          if (change) await commit([change]);
          navigate('/actions');
        }}
        onCancel={() => navigate('/actions')}
        extraActions={
          <Button variant="danger" onPress={() => setDialog('delete')}>
            {t('actionItems.form.delete')}
          </Button>
        }
      />
      <MarkDoneDialog
        isOpen={dialog === 'done'}
        onOpenChange={(open) => setDialog(open ? 'done' : null)}
        onConfirm={(note) => attempt(() => commit(markDoneChanges(item, note, new Date())))}
      />
      <SupersedeDialog
        isOpen={dialog === 'supersede'}
        onOpenChange={(open) => setDialog(open ? 'supersede' : null)}
        reference={item.reference}
        onConfirm={() =>
          attempt(async () => {
            const reference = await allocateActionItemReference(db, deviceId);
            const { replacement: next, changes } = supersedeChanges(item, newId(), reference, new Date());
            await commit(changes);
            navigate(`/actions/${next.id}`);
          })
        }
      />
      <ConfirmDialog
        isOpen={dialog === 'delete'}
        onOpenChange={(open) => setDialog(open ? 'delete' : null)}
        title={t('actionItems.delete.title')}
        confirmLabel={t('actionItems.delete.confirm')}
        tone="danger"
        onConfirm={() =>
          attempt(async () => {
            await commit([deleteActionItem(item.id)]);
            navigate('/actions');
          })
        }
      >
        <p>{t('actionItems.delete.body', { reference: item.reference })}</p>
      </ConfirmDialog>
    </div>
  );
}
