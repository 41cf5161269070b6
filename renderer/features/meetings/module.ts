import { altKey, focusWhenRendered, type FeatureModule } from '../../shell';
import { FollowUpLetterPage, meetingDocumentsLocales, MinutesPage } from './documents';
import { meetingSearchId, MeetingsPage } from './list/MeetingsPage';
import { meetingsLocales } from './locales';
import { meetingModeLocales, MeetingModePage } from './mode';
import { MeetingEditPage } from './record/MeetingEditPage';
import { MeetingPage } from './record/MeetingPage';

import './meetings.css';

/**
 * Meetings: the list, a meeting's form and record, meeting mode, the minutes and the follow-up
 * letter. Literal paths precede `/meetings/:id` so "new" is never an id.
 */
export const meetingsModule: FeatureModule = {
  id: 'meetings',
  locales: [meetingsLocales, meetingDocumentsLocales, meetingModeLocales],
  routes: [
    { path: '/meetings', component: MeetingsPage },
    { path: '/meetings/new', component: MeetingEditPage },
    { path: '/meetings/:id/edit', component: MeetingEditPage },
    { path: '/meetings/:id/minutes', component: MinutesPage },
    { path: '/meetings/:id/letter', component: FollowUpLetterPage },
    { path: '/meetings/:id/capture', component: MeetingModePage },
    { path: '/meetings/:id', component: MeetingPage },
  ],
  nav: { href: '/meetings', labelKey: 'meetings.nav.label', order: 22 },
  commands: [
    {
      id: 'goToMeetings',
      run: ({ location, navigate }) => {
        if (location !== '/meetings') navigate('/meetings');
        focusWhenRendered(meetingSearchId);
      },
      shortcut: { keys: ['common.shortcuts.keyAlt', 'M'], labelKey: 'meetings.search.shortcut', matches: altKey('M'), whileTyping: true },
    },
  ],
};
