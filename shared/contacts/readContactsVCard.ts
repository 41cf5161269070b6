import { nameOrders } from '../domain/personName';
import { meetingSides, type MeetingSide } from '../domain/meeting';
import { codeFromSpelling } from '../riskLists/codeSpelling';
import { fileProblemText } from '../riskLists/fileProblems';
import { issueProblem } from '../riskLists/issueProblem';
import { blankContactDraft, checkContactDraft, type ContactDraft } from './contactDraft';
import { countryFromName } from './countryFromName';
import { readVCardLines, type ContentLine, type RawCard } from './readVCardLines';
import { splitEscaped } from './vcardText';
import { vcardExtensions } from './writeContactsVCard';

/**
 * A card that could not be read. `card` counts BEGIN:VCARD from 1 (0: the file as a whole);
 * `field` is the vCard property as the file names it (`EMAIL`), null for the card as a whole;
 * `value` the offending text as decoded; `message` an English sentence.
 */
export interface VCardError {
  card: number;
  field: string | null;
  value: string;
  message: string;
}

/** Which property each draft field came from, for naming it in an error. */
const defaultProperty: Record<keyof ContactDraft, string> = {
  familyName: 'N',
  givenName: 'N',
  nameOrder: vcardExtensions.nameOrder,
  title: 'TITLE',
  organisation: 'ORG',
  unit: 'ORG',
  country: vcardExtensions.country,
  side: vcardExtensions.side,
  topics: 'CATEGORIES',
  email: 'EMAIL',
  phone: 'TEL',
  mobile: 'TEL',
  timeZone: 'TZ',
  notes: 'NOTE',
};

const typesOf = (line: ContentLine) => line.params.get('TYPE') ?? [];
const isPreferred = (line: ContentLine) => typesOf(line).includes('pref') || line.params.get('PREF')?.[0] === '1';
const isMobile = (line: ContentLine) => typesOf(line).some((t) => t === 'cell' || t === 'mobile' || t === 'iphone');

/** The line a one-valued field keeps when a card has several: preferred first, then work, then the first. */
function best(lines: readonly ContentLine[]): ContentLine | undefined {
  const score = (l: ContentLine) => (isPreferred(l) ? 2 : 0) + (typesOf(l).includes('work') ? 1 : 0);
  return lines.reduce<ContentLine | undefined>((a, l) => (a === undefined || score(l) > score(a) ? l : a), undefined);
}

/** A card's properties as a draft (unchecked), with the property each field came from. */
function draftOf(card: RawCard): { input: ContactDraft; source: Partial<Record<keyof ContactDraft, string>>; problems: RawCard['problems'] } {
  const version21 = card.lines.some((l) => l.name === 'VERSION' && l.value.trim() === '2.1');
  const all = (name: string) => card.lines.filter((l) => l.name === name);
  const parts = (line: ContentLine | undefined, separator: ';' | ',') => (line ? splitEscaped(line.value, separator, version21).map((p) => p.trim()) : []);
  const text = (line: ContentLine | undefined) => parts(line, ';').join(';');
  const input = blankContactDraft();
  const source: Partial<Record<keyof ContactDraft, string>> = {};
  const problems: RawCard['problems'] = [];

  const n = parts(all('N')[0], ';');
  const fn = text(all('FN')[0]);
  input.familyName = n[0] ?? '';
  // Middle names (N's third part, where Android puts "Văn") belong with the given name.
  input.givenName = [n[1], n[2]].filter((p) => p).join(' ');
  if (input.familyName === '' && input.givenName === '') {
    // FN alone cannot tell family from given name (Vietnamese puts the family first, English
    // last), so it is kept whole; the official splits it in the form.
    input.givenName = fn;
    source.givenName = 'FN';
  }
  const order = all(vcardExtensions.nameOrder)[0];
  const familyFirstName = `${input.familyName} ${input.givenName}`;
  input.nameOrder = order ? (codeFromSpelling(nameOrders, text(order)) as ContactDraft['nameOrder']) : input.familyName !== '' && fn.replace(/\s+/g, ' ') === familyFirstName ? 'familyFirst' : 'givenFirst';

  input.title = text(all('TITLE')[0]);
  const org = parts(all('ORG')[0], ';');
  input.organisation = org[0] ?? '';
  input.unit = org.slice(1).filter((p) => p).join(', ');
  input.email = text(best(all('EMAIL')));
  const phones = all('TEL').filter((l) => !typesOf(l).some((t) => t === 'fax' || t === 'pager'));
  // vCard 4.0 writers may give a tel: URI; the number is what the contact stores.
  const number = (line: ContentLine | undefined) => text(line).replace(/^tel:/i, '');
  input.mobile = number(best(phones.filter(isMobile)));
  input.phone = number(best(phones.filter((l) => !isMobile(l))));
  input.timeZone = text(all('TZ')[0]);
  input.notes = all('NOTE').map(text).join('\n');
  input.topics = [...new Set(all('CATEGORIES').flatMap((l) => parts(l, ',')).filter((t) => t))];
  const side = all(vcardExtensions.side)[0];
  if (side) input.side = codeFromSpelling(meetingSides, text(side)) as MeetingSide;

  const ownCountry = all(vcardExtensions.country)[0];
  const adrCountry = parts(best(all('ADR')), ';')[6] ?? '';
  if (ownCountry) {
    input.country = text(ownCountry);
  } else if (adrCountry !== '') {
    source.country = 'ADR';
    const code = countryFromName(adrCountry);
    if (code) input.country = code;
    else problems.push({ field: 'ADR', value: adrCountry, message: `"${adrCountry}" in ADR is not a country name or ISO code this app knows: write it as a two-letter code such as VN, CN or US.` });
  }
  return { input, source, problems };
}

const allowedOf: Partial<Record<keyof ContactDraft, readonly string[]>> = { nameOrder: nameOrders, side: meetingSides };

/**
 * Contacts from a vCard file (2.1, 3.0 or 4.0; CRLF or LF; as Outlook, Apple Contacts, Google and
 * Android export them). Each card becomes a draft checked with `contactSchema`, or, if anything in
 * it cannot be read or fails the schema, errors naming the card: never thrown, and the other cards
 * are still read. One email, one phone and one mobile are kept per card (preferred, then work).
 */
export function readContactsVCard(text: string): { contacts: ContactDraft[]; errors: VCardError[] } {
  const cards = readVCardLines(text);
  if (cards.length === 0) return { contacts: [], errors: [{ card: 0, field: null, value: '', message: 'The file holds no vCard: it has no BEGIN:VCARD line.' }] };
  const contacts: ContactDraft[] = [];
  const errors: VCardError[] = [];
  for (const card of cards) {
    const { input, source, problems } = draftOf(card);
    const { draft, issues } = checkContactDraft(input);
    const found = [...card.problems, ...problems].map((p) => ({ card: card.number, ...p }));
    for (const issue of issues) {
      const field = source[issue.field] ?? defaultProperty[issue.field];
      const written = input[issue.field];
      const value = Array.isArray(written) ? (written[issue.index ?? 0] ?? '') : String(written ?? '');
      const message = fileProblemText(issueProblem(issue.message, { column: field, value, allowed: allowedOf[issue.field] }), 'en');
      found.push({ card: card.number, field, value, message });
    }
    if (found.length > 0) errors.push(...found);
    else if (draft) contacts.push(draft);
  }
  return { contacts, errors };
}
