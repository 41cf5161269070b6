import { en } from './en';
import { vi } from './vi';

/** `contacts.*` strings of the directory, the contact form, the export and the import. */
export const contactsLocales = { en, vi };
