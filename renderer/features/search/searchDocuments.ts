import { formatContactName, type RecordOf } from '../../../shared/domain';
import type { StoredRow } from '../../../shared/sync';
import { containerTexts, documentNumberTexts, dottedHsCode, hsCodeTexts } from './searchCodes';
import { searchTypeOfTable, type SearchDocument, type SearchTable } from './searchTypes';

/** A row of one indexed table as Dexie returns it (decrypted, with its tombstone flag). */
export type SearchRow<T extends SearchTable> = StoredRow<RecordOf<T>>;

const line = (...parts: (string | null | undefined)[]) => parts.filter((p): p is string => !!p && p !== '').join(' · ');
const ids = (identifiers: readonly { value: string }[]) => identifiers.map((i) => i.value);
/** Document numbers, each with the texts that find it typed with or without its punctuation. */
const numbers = (...values: string[]) => values.flatMap(documentNumberTexts);

type Extract<T extends SearchTable> = (row: RecordOf<T>) => Omit<SearchDocument, 'type' | 'id'>;

/**
 * What each table contributes to the index. Coded fields (statuses, countries) are left out:
 * they are filters, not words a person types. Long narratives go to `body`.
 */
const extractors: { [T in SearchTable]: Extract<T> } = {
  cases: (c) => ({
    title: c.title,
    detail: c.reference,
    caseId: c.id,
    date: null,
    primary: [c.title, c.reference],
    secondary: [c.assignee, ...c.tags, ...numbers(...c.adCvdOrders), c.legalBasis],
    body: [c.summary],
  }),
  parties: (p) => ({
    title: p.name,
    detail: line(p.nameLatin, ...ids(p.identifiers)),
    caseId: p.caseId,
    date: null,
    primary: [p.name, p.nameLatin],
    secondary: numbers(...ids(p.identifiers)),
    body: [p.address],
  }),
  goods: (g) => ({
    title: g.description,
    detail: dottedHsCode(g.hsCode),
    caseId: g.caseId,
    date: null,
    primary: [...hsCodeTexts(g.hsCode), g.description],
    secondary: [],
    body: [],
  }),
  shipments: (s) => ({
    title: s.billOfLading || s.containers[0] || s.vessel || 'B/L',
    detail: line(s.vessel, ...s.containers, s.portOfLoading && s.portOfDischarge ? `${s.portOfLoading} → ${s.portOfDischarge}` : ''),
    caseId: s.caseId,
    date: s.departureDate,
    primary: [...numbers(s.billOfLading), ...s.containers.flatMap(containerTexts)],
    secondary: [s.vessel],
    body: [],
  }),
  proofsOfOrigin: (p) => ({
    title: p.number || p.issuingBody || 'C/O',
    detail: line(p.number ? p.issuingBody : '', p.issuingCountry),
    caseId: p.caseId,
    date: p.issueDate,
    primary: numbers(p.number),
    secondary: [p.issuingBody],
    body: [],
  }),
  verificationRequests: (r) => ({
    title: r.subject,
    detail: line(r.ourReference, r.theirReference, r.requestedAuthority),
    caseId: r.caseId,
    date: r.sentOn,
    primary: [r.subject, r.ourReference, r.theirReference],
    secondary: [
      r.requestingAuthority,
      r.requestedAuthority,
      ...numbers(r.proofOfOrigin.number, r.invoice.number, r.transport.billOfLading),
      r.proofOfOrigin.issuingBody,
      ...r.goodsLines.flatMap((g) => hsCodeTexts(g.hsCode)),
      ...[r.exporter, r.producer, r.importer].flatMap((p) => [p.name, ...numbers(...ids(p.identifiers))]),
    ],
    body: [r.findings, ...r.goodsLines.map((g) => g.description)],
  }),
  meetings: (m) => ({
    title: m.title,
    detail: line(m.framework, m.sessionNo, m.venue),
    caseId: m.caseIds[0] ?? null,
    date: m.startsAt,
    primary: [m.title],
    secondary: [m.framework, m.sessionNo, m.venue],
    body: [m.nextMeetingNote, ...m.itemsExchanged.map((i) => i.description)],
  }),
  actionItems: (a) => ({
    title: a.text,
    detail: line(a.reference, a.owner),
    caseId: a.caseIds[0] ?? null,
    date: a.dueDate,
    primary: [a.reference, a.text],
    secondary: [a.owner],
    body: [a.closingNote],
  }),
  contacts: (c) => ({
    title: formatContactName(c),
    detail: line(c.title, c.organisation),
    caseId: null,
    date: null,
    primary: [c.familyName, c.givenName],
    secondary: [c.title, c.organisation, c.unit, c.email, c.phone, c.mobile, ...c.topics],
    body: [c.notes],
  }),
  riskEntries: (e) => ({
    title: e.primaryName || e.goodsDescription || dottedHsCode(e.hsCode),
    detail: line(e.primaryNameLatin, dottedHsCode(e.hsCode), e.sourceRef),
    caseId: null,
    date: null,
    primary: [e.primaryName, e.primaryNameLatin, ...e.aliases.flatMap((a) => [a.name, a.nameLatin]), ...hsCodeTexts(e.hsCode), ...numbers(e.sourceRef)],
    secondary: [e.legalForm, ...numbers(...ids(e.identifiers), ...e.linkedOrders), ...e.indicators],
    body: [e.goodsDescription, e.reason, ...e.addresses.map((a) => a.address)],
  }),
};

const nonEmpty = (texts: readonly string[]) => texts.filter((t) => t !== '');

/** The index's view of a row, or null for a tombstone (deleted records are never found). */
export function toSearchDocument<T extends SearchTable>(table: T, row: SearchRow<T>): SearchDocument | null {
  if (row.deleted === 1) return null;
  const extracted = (extractors[table] as Extract<T>)(row);
  return {
    type: searchTypeOfTable[table],
    id: row.id,
    ...extracted,
    primary: nonEmpty(extracted.primary),
    secondary: nonEmpty(extracted.secondary),
    body: nonEmpty(extracted.body),
  };
}
