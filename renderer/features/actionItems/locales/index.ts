import { en } from './en';
import { vi } from './vi';

/** `actionItems.*` strings of the tracker, the form, its dialogs and the case and request sections. */
export const actionItemsLocales = { en, vi };
