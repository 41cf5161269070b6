import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { localIsoDate } from '../../../../shared/dates';
import {
  formatPersonName,
  isActionItemOverdue,
  meetingCaptureOrder,
  meetingSides,
  type CapturedLine,
  type Meeting,
  type Participant,
} from '../../../../shared/domain';
import { Badge, Banner, FormSection, PageHeader, StatusBadge } from '../../../components';
import { useFormat } from '../../../i18n';
import { enumLabel } from '../../../records';
import { useMeetingBundle, type MeetingBundle } from '../data/meetingData';
import { MeetingJsonExportButton } from '../documents';
import { MeetingTimes } from './BothClocks';

/** `/meetings/:id`: a meeting's record, what was captured under each agenda item, and the doors to meeting mode and the documents. */
export function MeetingPage({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const bundle = useMeetingBundle(params.id);
  if (bundle === undefined) return <p role="status">{t('meetings.record.loading')}</p>;
  if (bundle === null)
    return (
      <div className="page">
        <Banner tone="error" title={t('meetings.record.notFound')} />
        <Link href="/meetings">{t('meetings.record.back')}</Link>
      </div>
    );
  return <MeetingRecord bundle={bundle} />;
}

function MeetingRecord({ bundle }: { bundle: MeetingBundle }) {
  const { t } = useTranslation();
  const { meeting: m } = bundle;
  const base = `/meetings/${m.id}`;
  return (
    <div className="page meeting-page">
      <PageHeader
        title={m.title}
        before={<Link href="/meetings">{t('meetings.record.back')}</Link>}
        subtitle={
          <span className="cluster">
            <StatusBadge status={m.status} label={enumLabel(t, 'meetingStatus', m.status)} />
            <Badge>{enumLabel(t, 'meetingType', m.type)}</Badge>
            <Badge tone="info">{enumLabel(t, 'minutesStatus', m.minutesStatus)}</Badge>
            <Badge tone="warning">{enumLabel(t, 'confidentiality', m.classification)}</Badge>
          </span>
        }
        actions={
          <>
            <Link className="btn btn-primary" href={`${base}/capture`}>
              {t('meetings.actions.capture')}
            </Link>
            <Link className="btn btn-secondary" href={`${base}/edit`}>
              {t('meetings.actions.edit')}
            </Link>
            <Link className="btn btn-secondary" href={`${base}/minutes`}>
              {t('meetings.actions.minutes')}
            </Link>
            <Link className="btn btn-secondary" href={`${base}/letter`}>
              {t('meetings.actions.letter')}
            </Link>
            <MeetingJsonExportButton meetingId={m.id} />
          </>
        }
      />
      <Facts meeting={m} />
      <Delegations participants={bundle.participants} />
      <Captured bundle={bundle} />
      <p className="cluster">
        {/* The tracker's query contract (`meeting`, `status=all`): every item of this meeting, closed ones too. */}
        <Link className="btn btn-secondary" href={`/actions/new?meeting=${encodeURIComponent(m.id)}`}>
          {t('meetings.actions.newActionItem')}
        </Link>
        <Link href={`/actions?status=all&meeting=${encodeURIComponent(m.id)}`}>{t('meetings.actions.tracker')}</Link>
      </p>
      <Exchanged meeting={m} />
    </div>
  );
}

function Facts({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const facts: [string, React.ReactNode][] = [
    [t('meetings.record.when'), <MeetingTimes key="when" instant={m.startsAt} zone={m.timeZone} otherZone={m.counterpartTimeZone} />],
    [t('meetings.record.where'), [m.venue, enumLabel(t, 'meetingMode', m.mode)].filter(Boolean).join(' · ')],
    [t('meetings.record.host'), enumLabel(t, 'hostSide', m.hostSide)],
    [t('meetings.fields.counterpartCountry'), fmt.countryName(m.counterpartCountry)],
    [t('meetings.record.framework'), [m.framework, m.sessionNo].filter(Boolean).join(', ')],
    [t('meetings.record.nextMeeting'), m.nextMeetingOn ? [fmt.date(m.nextMeetingOn), m.nextMeetingNote].filter(Boolean).join(' — ') : t('meetings.record.nextMeetingNone')],
  ];
  return (
    <FormSection title={t('meetings.form.sections.meeting')}>
      <dl className="detail-list">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </FormSection>
  );
}

function Delegations({ participants }: { participants: readonly Participant[] }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('meetings.record.delegations')}>
      <div className="meeting-delegations">
        {meetingSides.map((side) => (
          <div key={side}>
            <h3 className="section-subtitle">{t(`meetings.form.sections.${side}`)}</h3>
            <ul className="meeting-people" aria-label={t(`meetings.form.sections.${side}`)}>
              {participants
                .filter((p) => p.side === side)
                .map((p) => (
                  <li key={p.id} className={p.attended ? undefined : 'muted'}>
                    <strong>{formatPersonName(p)}</strong>
                    {[p.title, p.organisation].filter(Boolean).length > 0 ? `, ${[p.title, p.organisation].filter(Boolean).join(', ')}` : ''} —{' '}
                    {enumLabel(t, 'participantRole', p.role)}
                    {p.attended ? '' : ` (${t('meetings.record.absent')})`}
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
    </FormSection>
  );
}

/** Every agenda item with its discussion and what was captured under it, in the order every device shows. */
function Captured({ bundle }: { bundle: MeetingBundle }) {
  const { t } = useTranslation();
  const sections = useMemo(() => {
    const lines: CapturedLine[] = [
      ...bundle.notes.map((row) => ({ kind: 'note' as const, row })),
      ...bundle.decisions.map((row) => ({ kind: 'decision' as const, row })),
      ...bundle.actionItems.map((row) => ({ kind: 'actionItem' as const, row })),
    ];
    return meetingCaptureOrder(bundle.agendaItems, lines);
  }, [bundle]);
  return (
    <FormSection title={t('meetings.record.agenda')}>
      {sections.length === 0 ? <p className="muted">{t('meetings.agenda.none')}</p> : null}
      <ol className="meeting-agenda">
        {sections.map(({ agendaItem, lines }) => (
          <li key={agendaItem?.id ?? 'general'} className={agendaItem ? undefined : 'meeting-agenda-general'}>
            <h3 className="section-subtitle">{agendaItem ? agendaItem.title : t('meetings.record.general')}</h3>
            {agendaItem?.discussionSummary ? <p className="meeting-discussion">{agendaItem.discussionSummary}</p> : null}
            {lines.length === 0 ? (
              <p className="muted">{t('meetings.record.noLines')}</p>
            ) : (
              <ul className="meeting-lines">
                {lines.map((line) => (
                  <CapturedRow key={line.row.id} line={line} />
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </FormSection>
  );
}

function CapturedRow({ line }: { line: CapturedLine }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (line.kind === 'note') return <li className="meeting-line meeting-line-note">{line.row.text}</li>;
  if (line.kind === 'decision')
    return (
      <li className="meeting-line meeting-line-decision">
        <Badge tone="info">{enumLabel(t, 'decisionKind', line.row.kind)}</Badge> {line.row.text}
      </li>
    );
  const item = line.row;
  const overdue = isActionItemOverdue(item, localIsoDate());
  return (
    <li className={`meeting-line meeting-line-action${overdue ? ' is-overdue' : ''}`}>
      <Link href={`/actions/${item.id}`} className="case-ref">
        {item.reference}
      </Link>{' '}
      {item.text} — {enumLabel(t, 'meetingSide', item.ownerSide)}
      {item.owner ? `, ${item.owner}` : ''}, {item.dueDate ? t('meetings.record.due', { date: fmt.date(item.dueDate) }) : t('meetings.record.noDue')}{' '}
      <StatusBadge status={item.status} label={enumLabel(t, 'actionItemStatus', item.status)} />
      {overdue ? <Badge tone="danger">{t('meetings.record.overdue')}</Badge> : null}
    </li>
  );
}

function Exchanged({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  if (meeting.itemsExchanged.length === 0) return null;
  return (
    <FormSection title={t('meetings.record.exchanged')}>
      <ul className="meeting-exchanged">
        {meeting.itemsExchanged.map((item, i) => (
          <li key={i}>
            <Badge>{enumLabel(t, 'exchangeDirection', item.direction)}</Badge> {enumLabel(t, 'exchangedItemKind', item.kind)}:{' '}
            {item.riskListId ? <Link href={`/risk-lists/${item.riskListId}`}>{item.description}</Link> : item.description}
          </li>
        ))}
      </ul>
    </FormSection>
  );
}
