import { formatContactName, type Contact } from '../domain/contact';
import { countryName } from '../domain/validators/country';
import type { ContactDraft } from './contactDraft';
import { escapeText, foldLine } from './vcardText';

/** Properties of ours for what vCard has no place for; `readContactsVCard` reads them back. */
export const vcardExtensions = {
  country: 'X-ATTACHE-COUNTRY',
  side: 'X-ATTACHE-SIDE',
  nameOrder: 'X-ATTACHE-NAME-ORDER',
} as const;

/** One card's content lines, unfolded; empty fields are left out rather than written blank. */
function cardLines(c: ContactDraft): string[] {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0'];
  const add = (name: string, value: string) => value !== '' && lines.push(`${name}:${value}`);
  add('FN', escapeText(formatContactName(c)));
  add('N', `${escapeText(c.familyName)};${escapeText(c.givenName)};;;`);
  add(vcardExtensions.nameOrder, c.nameOrder);
  add('TITLE', escapeText(c.title));
  if (c.organisation !== '' || c.unit !== '') add('ORG', [c.organisation, c.unit].map(escapeText).join(';'));
  add('EMAIL;TYPE=work', escapeText(c.email));
  // VALUE=text keeps the number as the attaché typed it; the default tel: URI would need it rewritten.
  add('TEL;VALUE=text;TYPE=work,voice', escapeText(c.phone));
  add('TEL;VALUE=text;TYPE=cell,voice', escapeText(c.mobile));
  if (c.country !== '') {
    // ADR's country is a name for other apps to show; the code travels in our own property.
    add('ADR;TYPE=work', `;;;;;;${escapeText(countryName(c.country, 'en'))}`);
    add(vcardExtensions.country, c.country);
  }
  add('TZ', escapeText(c.timeZone));
  add('CATEGORIES', c.topics.map(escapeText).join(','));
  add('NOTE', escapeText(c.notes));
  if (c.side !== null) add(vcardExtensions.side, c.side);
  lines.push('END:VCARD');
  return lines;
}

/**
 * Contacts as a vCard 4.0 file (RFC 6350): one card each, UTF-8, CRLF, lines folded at 75 octets.
 * N holds family;given, FN the name in the person's own order, TEL TYPE=work or TYPE=cell, ORG
 * organisation;unit, CATEGORIES the topics. Side, name order and ISO country go in X-ATTACHE-*
 * properties, which other apps keep or ignore. Takes stored contacts or reader drafts.
 */
export function writeContactsVCard(contacts: readonly (Contact | ContactDraft)[]): string {
  return contacts.map((c) => `${cardLines(c).map(foldLine).join('\r\n')}\r\n`).join('');
}
