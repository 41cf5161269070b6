import { en } from './en';
import { vi } from './vi';

/** `meetings.*` strings of the list, the form and a meeting's record. */
export const meetingsLocales = { en, vi };
