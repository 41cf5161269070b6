import { en } from './en';
import { vi } from './vi';

/** `meetingMode.*` strings of the capture view; the meetings module registers them. */
export const meetingModeLocales = { en, vi };
