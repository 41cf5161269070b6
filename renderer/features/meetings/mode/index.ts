/** Meeting mode: the full-screen capture view; the meetings module registers its route and strings. */
export { MeetingModePage } from './MeetingModePage';
export { meetingModeLocales } from './locales';
