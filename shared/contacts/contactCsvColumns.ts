import type { ContactDraft } from './contactDraft';

/**
 * The columns of the contacts CSV, in the order the writer puts them (files may order them
 * freely and leave any out). Each is the `Contact` field of the same meaning; `topics` are
 * separated by `|`; `name_order` is `family_first` or `given_first`, `side` `own` or `counterpart`.
 */
export const contactCsvColumns = [
  'family_name',
  'given_name',
  'name_order',
  'title',
  'organisation',
  'unit',
  'country',
  'side',
  'topics',
  'email',
  'phone',
  'mobile',
  'time_zone',
  'notes',
] as const;
export type ContactCsvColumn = (typeof contactCsvColumns)[number];

/** The contact field each column holds; a `Record`, so a column added above must be mapped here. */
export const fieldOfColumn: Record<ContactCsvColumn, keyof ContactDraft> = {
  family_name: 'familyName',
  given_name: 'givenName',
  name_order: 'nameOrder',
  title: 'title',
  organisation: 'organisation',
  unit: 'unit',
  country: 'country',
  side: 'side',
  topics: 'topics',
  email: 'email',
  phone: 'phone',
  mobile: 'mobile',
  time_zone: 'timeZone',
  notes: 'notes',
};

/** Between topics in one cell: commas and semicolons occur inside topic names and are delimiters. */
export const topicSeparator = '|';
