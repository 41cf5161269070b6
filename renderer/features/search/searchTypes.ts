import type { RecordTable } from '../../../shared/domain';

/**
 * The kinds of record global search finds, in the order their groups are shown: a case and what
 * it holds (its parties, goods lines by HS code, shipments by bill of lading and container, proofs
 * of origin by number and issuing body), then the records kept beside cases.
 */
export const searchTypes = [
  'case',
  'party',
  'goodsLine',
  'shipment',
  'proofOfOrigin',
  'request',
  'meeting',
  'actionItem',
  'contact',
  'riskEntry',
] as const;
export type SearchType = (typeof searchTypes)[number];

/** The table each kind of result is read from. */
export const searchTables = {
  case: 'cases',
  party: 'parties',
  goodsLine: 'goods',
  shipment: 'shipments',
  proofOfOrigin: 'proofsOfOrigin',
  request: 'verificationRequests',
  meeting: 'meetings',
  actionItem: 'actionItems',
  contact: 'contacts',
  riskEntry: 'riskEntries',
} as const satisfies Record<SearchType, RecordTable>;
export type SearchTable = (typeof searchTables)[SearchType];

export const searchTypeOfTable = Object.fromEntries(
  Object.entries(searchTables).map(([type, table]) => [table, type]),
) as Record<SearchTable, SearchType>;

export function isSearchTable(table: string): table is SearchTable {
  return table in searchTypeOfTable;
}

/**
 * One record as the index sees it: display fields (shown in results, language-neutral: labels
 * and dates are formatted by the UI) and its text in three weights. Built from a decrypted row in
 * the page and posted to the worker, so it holds only what search needs.
 */
export interface SearchDocument {
  type: SearchType;
  id: string;
  /** The main line of a result (case title, party name, request subject…). */
  title: string;
  /** A short second line: references, organisation, identifiers; `''` when none. */
  detail: string;
  /** The case a result opens (parties, requests…: their case; meetings and action items: the first linked one). */
  caseId: string | null;
  /** ISO date or instant shown beside meetings and action items, else null. */
  date: string | null;
  /** Names, titles and references: matches here rank highest. */
  primary: readonly string[];
  /** Identifiers, organisations, tags, people. */
  secondary: readonly string[];
  /** Narrative text: summaries, notes, findings. */
  body: readonly string[];
}

/** One result row. `caseReference` is the reference of `caseId`'s case, when that case is indexed. */
export interface SearchHit {
  type: SearchType;
  id: string;
  title: string;
  detail: string;
  caseId: string | null;
  caseReference: string | null;
  date: string | null;
  score: number;
}

/** The results of one kind: the best `hits` and how many matched in all. */
export interface SearchGroup {
  type: SearchType;
  total: number;
  hits: SearchHit[];
}

export interface SearchResults {
  query: string;
  /** The folded query terms, for highlighting. */
  terms: string[];
  /** Non-empty groups in `searchTypes` order. */
  groups: SearchGroup[];
}
