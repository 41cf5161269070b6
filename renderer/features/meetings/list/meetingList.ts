import { foldVietnamese, type Meeting } from '../../../../shared/domain';

export const meetingTabs = ['upcoming', 'past', 'all'] as const;
export type MeetingTab = (typeof meetingTabs)[number];

/**
 * The meetings a tab shows, searched by words of the title, framework, session, venue or the
 * counterpart's country (code or name as the UI writes it), Vietnamese marks optional. Upcoming:
 * not yet ended, soonest first; past: ended, latest first; all: latest first.
 */
export function listMeetings(meetings: readonly Meeting[], tab: MeetingTab, query: string, now: string, countryName: (code: string) => string): Meeting[] {
  const words = foldVietnamese(query).split(/\s+/).filter((w) => w !== '');
  const found = meetings.filter((m) => {
    if (tab === 'upcoming' && m.endsAt < now) return false;
    if (tab === 'past' && m.endsAt >= now) return false;
    if (words.length === 0) return true;
    const text = foldVietnamese([m.title, m.framework, m.sessionNo, m.venue, m.counterpartCountry, countryName(m.counterpartCountry)].join(' '));
    return words.every((w) => text.includes(w));
  });
  return found.sort((a, b) => (tab === 'upcoming' ? a.startsAt.localeCompare(b.startsAt) : b.startsAt.localeCompare(a.startsAt)));
}
