import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionItemStatuses, meetingSides, weekOf, type ActionItemFilter, type ActionItemStatus, type DueFilter, type MeetingSide } from '../../../shared/domain';
import { Button, ComboBox, DateField, Select, TextField, type Option } from '../../components';
import { enumLabel } from '../../records';

const any = 'all';
const noMeeting = 'none';

export interface TrackerFiltersProps {
  filter: ActionItemFilter;
  setFilter(patch: Partial<ActionItemFilter>): void;
  clear(): void;
  today: string;
  meetings: readonly Option[];
  cases: readonly Option[];
  requests: readonly Option[];
}

type DueChoice = 'all' | 'overdue' | 'thisWeek' | 'noDate' | 'range';

const dueChoiceOf = (due: DueFilter | undefined): DueChoice => (due === undefined ? 'all' : typeof due === 'object' ? 'range' : due);

/**
 * The tracker's filters (owner side, owner, status, due, meeting, linked case and request); each
 * change becomes the URL query (`trackerQuery`), the one place the filter lives.
 */
export function TrackerFilters({ filter, setFilter, clear, today, meetings, cases, requests }: TrackerFiltersProps) {
  const { t } = useTranslation();
  // The link filters get a setter that never changes, so they re-render only when theirs do.
  const latest = useRef(setFilter);
  useLayoutEffect(() => {
    latest.current = setFilter;
  });
  const setLinkFilter = useCallback((patch: Partial<ActionItemFilter>) => latest.current(patch), []);
  // The owner box keeps what is typed (spaces included); the query holds it trimmed.
  const [owner, setOwner] = useState(filter.owner ?? '');
  const anyOption = { id: any, label: t('actionItems.filters.any') };
  const statuses = filter.statuses ?? [];
  const toggleStatus = (s: ActionItemStatus) => {
    const next = statuses.includes(s) ? statuses.filter((x) => x !== s) : [...statuses, s];
    setFilter({ statuses: actionItemStatuses.filter((x) => next.includes(x)) });
  };
  const due = filter.due;
  const range = typeof due === 'object' ? due : null;
  const setDue = (choice: DueChoice) => {
    if (choice === 'range') {
      const week = weekOf(today);
      setFilter({ due: { from: week.monday, to: week.sunday } });
    } else setFilter({ due: choice === 'all' ? undefined : choice });
  };
  const side = filter.ownerSides?.length === 1 ? filter.ownerSides[0]! : any;

  return (
    <div className="action-filters" role="search" aria-label={t('actionItems.filters.label')}>
      <div className="action-filters-row">
        <Select
          label={t('actionItems.filters.ownerSide')}
          options={[anyOption, ...meetingSides.map((s) => ({ id: s, label: enumLabel(t, 'meetingSide', s) }))]}
          value={side}
          onChange={(v) => setFilter({ ownerSides: v === null || v === any ? undefined : [v as MeetingSide] })}
        />
        <TextField
          type="search"
          label={t('actionItems.filters.owner')}
          placeholder={t('actionItems.filters.ownerPlaceholder')}
          description={t('actionItems.filters.ownerHelp')}
          value={owner}
          onChange={(text) => {
            setOwner(text);
            setFilter({ owner: text.trim() === '' ? undefined : text.trim() });
          }}
        />
        <Select
          label={t('actionItems.filters.due')}
          options={(['all', 'overdue', 'thisWeek', 'noDate', 'range'] as const).map((id) => ({
            id,
            label: t(`actionItems.filters.${{ all: 'dueAll', overdue: 'dueOverdue', thisWeek: 'dueThisWeek', noDate: 'dueNoDate', range: 'dueRange' }[id]}`),
          }))}
          value={dueChoiceOf(due)}
          onChange={(v) => setDue((v ?? 'all') as DueChoice)}
        />
        {range ? (
          <>
            <DateField label={t('actionItems.filters.from')} value={range.from} onChange={(from) => from && setFilter({ due: { from, to: range.to < from ? from : range.to } })} />
            <DateField label={t('actionItems.filters.to')} value={range.to} onChange={(to) => to && setFilter({ due: { from: range.from > to ? to : range.from, to } })} />
          </>
        ) : null}
      </div>
      <div className="action-status-filter" role="group" aria-label={t('actionItems.filters.status')}>
        <span className="action-filter-label" aria-hidden="true">
          {t('actionItems.filters.status')}
        </span>
        {actionItemStatuses.map((s) => (
          <button key={s} type="button" className="action-status-toggle" aria-pressed={statuses.includes(s)} onClick={() => toggleStatus(s)}>
            {enumLabel(t, 'actionItemStatus', s)}
          </button>
        ))}
      </div>
      <div className="action-filters-row">
        <LinkFilters
          meetingId={filter.meetingId}
          caseId={filter.caseId}
          requestId={filter.requestId}
          setFilter={setLinkFilter}
          meetings={meetings}
          cases={cases}
          requests={requests}
        />
        <Button
          variant="quiet"
          onPress={() => {
            setOwner('');
            clear();
          }}
        >
          {t('actionItems.filters.clear')}
        </Button>
      </div>
    </div>
  );
}

export interface LinkFiltersProps extends Pick<ActionItemFilter, 'meetingId' | 'caseId' | 'requestId'> {
  /** Stable: the link filters are memoised on their props. */
  setFilter(patch: Partial<ActionItemFilter>): void;
  meetings: readonly Option[];
  cases: readonly Option[];
  requests: readonly Option[];
}

/**
 * The meeting, case and request pickers. Their lists are long (every case of the workspace: 50,000
 * at an attaché office), and a combo box rebuilds and filters its whole list whenever its options
 * change, so they are memoised: a change of status, side, owner or due date does not touch them,
 * and their options are the same arrays from one render to the next.
 */
export const LinkFilters = memo(function LinkFilters({ meetingId, caseId, requestId, setFilter, meetings, cases, requests }: LinkFiltersProps) {
  const { t } = useTranslation();
  const options = useLinkFilterOptions({ meetings, cases, requests }, t('actionItems.filters.any'), t('actionItems.filters.noMeeting'));
  const meeting = meetingId === undefined ? any : meetingId === null ? noMeeting : meetingId;
  return (
    <>
      <ComboBox
        label={t('actionItems.filters.meeting')}
        options={options.meetings}
        value={meeting}
        onChange={(v) => setFilter({ meetingId: v === null || v === any ? undefined : v === noMeeting ? null : v })}
      />
      <ComboBox label={t('actionItems.filters.case')} options={options.cases} value={caseId ?? any} onChange={(v) => setFilter({ caseId: v === null || v === any ? undefined : v })} />
      <ComboBox
        label={t('actionItems.filters.request')}
        options={options.requests}
        value={requestId ?? any}
        onChange={(v) => setFilter({ requestId: v === null || v === any ? undefined : v })}
      />
    </>
  );
});

/** The pickers' options, "Any" (and "Raised outside a meeting") first; new arrays only when a list or a label changes. */
function useLinkFilterOptions(lists: Pick<LinkFiltersProps, 'meetings' | 'cases' | 'requests'>, anyLabel: string, noMeetingLabel: string) {
  const { meetings, cases, requests } = lists;
  const anyOption = useMemo(() => ({ id: any, label: anyLabel }), [anyLabel]);
  return {
    meetings: useMemo(() => [anyOption, { id: noMeeting, label: noMeetingLabel }, ...meetings], [anyOption, noMeetingLabel, meetings]),
    cases: useMemo(() => [anyOption, ...cases], [anyOption, cases]),
    requests: useMemo(() => [anyOption, ...requests], [anyOption, requests]),
  };
}
