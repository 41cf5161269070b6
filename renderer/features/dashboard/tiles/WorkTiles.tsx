import { useTranslation } from 'react-i18next';
import { zoneCity, zonedTime } from '../../../../shared/dates';
import { StatusBadge } from '../../../components';
import { useFormat } from '../../../i18n';
import { enumLabel } from '../../../records';
import type { MeetingBrief } from '../dashboardData';
import { caseRoute, casesRoute, meetingRoute } from '../dashboardLinks';
import { Tile, TileLink, TileList } from '../Tile';
import { useCaseFigures, useMeetingFigures } from '../useDashboardData';

/** The five cases updated last, and how many are open. */
export function RecentCasesTile() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const figures = useCaseFigures();
  return (
    <Tile id="recent-cases" title={t('dashboard.cases.recent')} to={casesRoute()}>
      {figures ? (
        <>
          <p className="dashboard-sub">
            <TileLink to={casesRoute({ status: 'open' })}>{t('dashboard.cases.open', { count: figures.open, formatted: fmt.number(figures.open) })}</TileLink>
          </p>
          <TileList
            items={figures.recent}
            total={figures.recent.length}
            empty={t('dashboard.cases.none')}
            render={(c) => (
              <TileLink to={caseRoute(c.id)} className="dashboard-item">
                <span className="dashboard-item-ref mono">{c.reference}</span>
                <span className="dashboard-item-text">{c.title}</span>
                <span className="dashboard-item-meta">
                  <StatusBadge status={c.status} label={enumLabel(t, 'caseStatus', c.status)} /> {t('dashboard.cases.updated', { date: fmt.date(c.updatedAt) })}
                </span>
              </TileLink>
            )}
          />
        </>
      ) : undefined}
    </Tile>
  );
}

/** A meeting's start on one zone's wall clock; nothing for a zone the browser does not know. */
function ZonedStart({ instant, zone }: { instant: string; zone: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  let reading;
  try {
    reading = zonedTime(instant, zone);
  } catch {
    return null;
  }
  return <li>{t('dashboard.meetings.zoneTime', { date: fmt.date(reading.date), time: reading.time, offset: reading.offset, zone: zoneCity(zone) })}</li>;
}

function NextMeeting({ meeting }: { meeting: MeetingBrief }) {
  const fmt = useFormat();
  const zones = [...new Set([meeting.timeZone, meeting.counterpartTimeZone].filter(Boolean))];
  return (
    <div className="dashboard-next-meeting">
      <TileLink to={meetingRoute(meeting.id)} className="dashboard-item">
        <span className="dashboard-item-text">{meeting.title}</span>
        <span className="dashboard-item-meta">{fmt.countryName(meeting.counterpartCountry)}</span>
      </TileLink>
      <ul className="dashboard-zones">
        {zones.map((zone) => (
          <ZonedStart key={zone} instant={meeting.startsAt} zone={zone} />
        ))}
      </ul>
    </div>
  );
}

/** The next planned meeting (its start in both capitals' time) and the five that started last. */
export function MeetingTiles() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const figures = useMeetingFigures();
  return (
    <>
      <Tile id="next-meeting" title={t('dashboard.meetings.next')} to={figures?.next ? meetingRoute(figures.next.id) : '/meetings'}>
        {figures ? figures.next ? <NextMeeting meeting={figures.next} /> : <p className="muted dashboard-empty">{t('dashboard.meetings.noneNext')}</p> : undefined}
      </Tile>
      <Tile id="recent-meetings" title={t('dashboard.meetings.recent')} to="/meetings">
        {figures ? (
          <TileList
            items={figures.recent}
            total={figures.recent.length}
            empty={t('dashboard.meetings.none')}
            render={(m) => (
              <TileLink to={meetingRoute(m.id)} className="dashboard-item">
                <span className="dashboard-item-text">{m.title}</span>
                <span className="dashboard-item-meta">
                  <StatusBadge status={m.status} label={enumLabel(t, 'meetingStatus', m.status)} /> {fmt.dateTime(m.startsAt)}
                </span>
              </TileLink>
            )}
          />
        ) : undefined}
      </Tile>
    </>
  );
}
