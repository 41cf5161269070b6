import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { isRequestFrozen } from '../../../../shared/domain';
import { Badge, Banner, Button, FormSection, PageHeader, StatusBadge } from '../../../components';
import { commitChanges, newId, useDatabase } from '../../../db';
import { useFormat } from '../../../i18n';
import { enumLabel } from '../../../records';
import { RequestActionItems } from '../../actionItems';
import { RecordActivity, useRecordView } from '../../audit';
import { RecordHistory } from '../../conflicts';
import { useDeadlineRules } from '../../../deadlines';
import { useRequestFamily } from '../data/useRequests';
import { AmendBanner } from '../form/AmendBanner';
import { AmendmentDiff } from '../form/AmendmentDiff';
import { localToday } from '../form/requestForm';
import { EventDialog } from '../workflow/EventDialog';
import { availableEvents, eventChanges, type EventInput, type RequestEvent } from '../workflow/requestEvents';
import { useEventLabel } from '../workflow/useEventLabel';
import { RequestDeadlines } from './RequestDeadlines';
import { RequestSummary } from './RequestSummary';

import '../requests.css';

/** `/requests/:id`: the request, its deadlines, what happened so far, and a button for each next step. */
export function RequestDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const fmt = useFormat();
  const { db, deviceId, actor } = useDatabase();
  const family = useRequestFamily(id);
  const table = useDeadlineRules();
  const label = useEventLabel();
  const [event, setEvent] = useState<RequestEvent | null>(null);
  const [failed, setFailed] = useState(false);
  const today = localToday();
  useRecordView('verificationRequests', id, family != null);

  if (family === undefined) return <p role="status">{t('requests.detail.loading')}</p>;
  if (family === null) {
    return (
      <Banner tone="error" title={t('requests.detail.notFound')}>
        <Link href="/requests">{t('requests.detail.back')}</Link>
      </Banner>
    );
  }
  const r = family.request;
  const frozen = isRequestFrozen(r);
  const author = actor || deviceId;
  const reference = r.ourReference || r.subject;

  const record = async (chosen: RequestEvent, input: EventInput) => {
    setFailed(false);
    const now = new Date();
    const eventText = t('requests.events.withDate', { event: label(chosen, r.direction), date: fmt.date(input.date) });
    const noteText = [t('requests.events.noteText', { event: eventText, request: reference }), input.note.trim()].filter(Boolean).join('\n');
    try {
      await commitChanges(db, eventChanges(r, family.case, chosen, input, { author, now, noteId: newId(), noteText }), { actor: author, deviceId });
      setEvent(null);
    } catch (error) {
      console.error('request event failed', error);
      setFailed(true);
    }
  };

  return (
    <div className="case-detail-page">
      <PageHeader
        before={<Link href="/requests">{t('requests.detail.back')}</Link>}
        title={r.subject}
        subtitle={
          <>
            <span className="case-ref">{r.ourReference}</span> <StatusBadge status={r.status} label={enumLabel(t, 'requestStatus', r.status)} />{' '}
            <Badge>{enumLabel(t, 'caseDirection', r.direction)}</Badge>{' '}
            {r.outcome ? <Badge>{enumLabel(t, 'requestOutcome', r.outcome)}</Badge> : null}
          </>
        }
        actions={
          <>
            {frozen ? null : (
              <Link href={`/requests/${r.id}/edit`} className="btn btn-secondary">
                {t('requests.detail.edit')}
              </Link>
            )}
            <Link href={`/requests/${r.id}/letter`} className="btn btn-secondary">
              {t('requests.detail.letter')}
            </Link>
          </>
        }
      />
      {frozen ? <AmendBanner sent={{ request: r, questions: family.questions }} /> : null}
      {failed ? <Banner tone="error" title={t('requests.detail.actionFailed')} /> : null}
      {family.case ? (
        <p>
          {t('requests.detail.case')}: <Link href={`/cases/${family.case.id}`}>{`${family.case.reference} — ${family.case.title}`}</Link>
        </p>
      ) : null}
      <div className="case-detail">
        <div>
          <FormSection title={t('requests.detail.workflow')}>
            <div className="button-row">
              {availableEvents(r).map((e) => (
                <Button key={e} variant={e === 'send' ? 'primary' : 'secondary'} onPress={() => setEvent(e)}>
                  {label(e, r.direction)}
                </Button>
              ))}
            </div>
          </FormSection>
          {family.amended ? (
            <FormSection title={t('requests.detail.changes')}>
              <p>
                <Link href={`/requests/${family.amended.id}`}>
                  {t('requests.detail.amendmentOf', { number: r.amendmentNo, reference: family.amended.ourReference || family.amended.subject })}
                </Link>
              </p>
              <AmendmentDiff requestId={r.id} />
            </FormSection>
          ) : null}
          <RequestDeadlines request={r} table={table} today={today} />
          <RequestSummary request={r} questions={family.questions} />
          <RequestActionItems requestId={r.id} />
          {family.amendments.length > 0 ? (
            <FormSection title={t('requests.detail.amendments')}>
              <ul>
                {family.amendments.map((a) => (
                  <li key={a.id}>
                    <Link href={`/requests/${a.id}`}>{t('requests.register.amendment', { number: a.amendmentNo })}</Link>{' '}
                    <StatusBadge status={a.status} label={enumLabel(t, 'requestStatus', a.status)} />
                  </li>
                ))}
              </ul>
            </FormSection>
          ) : null}
          <RecordHistory table="verificationRequests" recordId={id} />
          <RecordActivity table="verificationRequests" recordId={id} reference={reference} />
        </div>
      </div>
      {event ? (
        <EventDialog
          event={event}
          request={r}
          questionCount={family.questions.length}
          linkedCase={family.case}
          table={table}
          today={today}
          onCancel={() => setEvent(null)}
          onRecord={(input) => record(event, input)}
        />
      ) : null}
    </div>
  );
}
