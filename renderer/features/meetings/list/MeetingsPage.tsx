import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Meeting } from '../../../../shared/domain';
import { DataGrid, EmptyState, PageHeader, Tab, TabList, Tabs, TextField, type DataGridColumn } from '../../../components';
import { useFormat } from '../../../i18n';
import { enumLabel } from '../../../records';
import { useMeetings } from '../data/meetingData';
import { MeetingTimes } from '../record/BothClocks';
import { listMeetings, meetingTabs, type MeetingTab } from './meetingList';

/** The search box's id, which the "go to the meetings" shortcut focuses. */
export const meetingSearchId = 'meeting-search';

/**
 * `/meetings`: upcoming meetings (soonest first), past ones, or all, searched by title, framework,
 * venue or country. Each row shows the start on both delegations' clocks.
 */
export function MeetingsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [, navigate] = useLocation();
  const meetings = useMeetings();
  const [tab, setTab] = useState<MeetingTab>('upcoming');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  // The minute the list opened: a meeting moves to "past" on the next visit, not mid-scan.
  const [now] = useState(() => new Date().toISOString());
  const shown = useMemo(
    () => (meetings ? listMeetings(meetings, tab, deferredQuery, now, (code) => fmt.countryName(code)) : undefined),
    [meetings, tab, deferredQuery, now, fmt],
  );

  const columns: DataGridColumn<Meeting>[] = [
    { key: 'when', label: t('meetings.columns.when'), width: 'minmax(18rem, 2fr)', render: (m) => <MeetingTimes instant={m.startsAt} zone={m.timeZone} otherZone={m.counterpartTimeZone} /> },
    { key: 'title', label: t('meetings.columns.title'), width: 'minmax(14rem, 3fr)', render: (m) => m.title },
    { key: 'type', label: t('meetings.columns.type'), width: 'minmax(9rem, 1fr)', render: (m) => enumLabel(t, 'meetingType', m.type) },
    { key: 'counterpart', label: t('meetings.columns.counterpart'), width: '9rem', render: (m) => fmt.countryName(m.counterpartCountry) },
    { key: 'venue', label: t('meetings.columns.venue'), width: 'minmax(8rem, 1fr)', render: (m) => m.venue || enumLabel(t, 'meetingMode', m.mode) },
    { key: 'status', label: t('meetings.columns.status'), width: '7rem', render: (m) => enumLabel(t, 'meetingStatus', m.status) },
    { key: 'minutes', label: t('meetings.columns.minutes'), width: '10rem', render: (m) => enumLabel(t, 'minutesStatus', m.minutesStatus) },
  ];
  const list = shown ?? [];

  return (
    <div className="page meetings-page">
      <PageHeader
        title={t('meetings.title')}
        subtitle={t('meetings.subtitle')}
        actions={
          <Link className="btn btn-primary" href="/meetings/new">
            {t('meetings.actions.new')}
          </Link>
        }
      />
      {meetings === undefined ? null : meetings.length === 0 ? (
        <EmptyState title={t('meetings.empty')} description={t('meetings.emptyHelp')} />
      ) : (
        <>
          <div className="cluster meetings-toolbar">
            <Tabs selectedKey={tab} onSelectionChange={(key) => setTab(key as MeetingTab)}>
              <TabList aria-label={t('meetings.title')}>
                {meetingTabs.map((id) => (
                  <Tab key={id} id={id}>
                    {t(`meetings.tabs.${id}`)}
                  </Tab>
                ))}
              </TabList>
            </Tabs>
            <div role="search" aria-label={t('meetings.search.label')}>
              <TextField
                id={meetingSearchId}
                type="search"
                className="meetings-search"
                label={t('meetings.search.label')}
                placeholder={t('meetings.search.placeholder')}
                value={query}
                onChange={setQuery}
              />
            </div>
          </div>
          <p role="status" className="muted">
            {t('meetings.count', { shown: fmt.number(list.length), count: meetings.length })}
          </p>
          {list.length === 0 ? (
            <p className="muted">{t('meetings.noMatch')}</p>
          ) : (
            <DataGrid rows={list} columns={columns} label={t('meetings.title')} onOpen={(m) => navigate(`/meetings/${m.id}`)} rowHeight={40} />
          )}
        </>
      )}
    </div>
  );
}
