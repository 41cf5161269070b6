import { en } from './en';
import { vi } from './vi';

/** `dashboard.*` strings of the home screen's tiles and charts. */
export const dashboardLocales = { en, vi };
