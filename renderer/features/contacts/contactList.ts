import { collatorFor, countryName, foldVietnamese, formatContactName, type Contact } from '../../../shared/domain';

/** Vietnamese alphabetical order (Đ after D, Ư after U…), whatever the UI language. */
const viCollator = collatorFor('vi');

/**
 * The directory's order: family name, then given name, Vietnamese collation; a contact with only
 * a given name sorts by it as if it were the family name; the id breaks ties so the order is stable.
 */
export function compareContacts(a: Contact, b: Contact): number {
  const first = (c: Contact) => (c.familyName !== '' ? c.familyName : c.givenName);
  return viCollator.compare(first(a), first(b)) || viCollator.compare(a.givenName, b.givenName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The contacts in directory order (a new array). */
export function sortContacts(contacts: readonly Contact[]): Contact[] {
  return [...contacts].sort(compareContacts);
}

/**
 * What the search box looks in, folded: the name in both orders, organisation, unit, country
 * (code and its English and Vietnamese names) and topics.
 */
export function contactSearchText(c: Contact): string {
  const country = c.country === '' ? [] : [c.country, countryName(c.country, 'en'), countryName(c.country, 'vi')];
  return foldVietnamese(
    [formatContactName(c), `${c.givenName} ${c.familyName}`, c.organisation, c.unit, ...country, ...c.topics].join('\n'),
  );
}

/**
 * The contacts every word of `query` occurs in (folded: typed with or without Vietnamese marks,
 * any case), in the order given. An empty query keeps them all.
 */
export function filterContacts(contacts: readonly Contact[], query: string): Contact[] {
  const words = foldVietnamese(query).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [...contacts];
  return contacts.filter((c) => {
    const text = contactSearchText(c);
    return words.every((w) => text.includes(w));
  });
}
