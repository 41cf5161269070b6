import { parentKeys, type RecordTable, type SyncedTable } from '../../shared/domain';
import type { AttacheDb } from '../db';
import { fieldKind } from './fieldKinds';
import type { CaseRef, RecordRefs } from './recordValues';

type Row = Readonly<Record<string, unknown>> & { id: string };

/** The case ids a field's value holds (`caseId`, `linkedCaseIds`), for `loadCaseRefs`. */
export function caseIdsIn(table: string, field: string, value: unknown): string[] {
  if (fieldKind(table, field) !== 'caseRef') return [];
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string' && v !== '');
}

/** Cases by id (tombstones included: a deleted case is still named), read in the caller's transaction if any. */
export async function loadCaseRefs(db: AttacheDb, ids: Iterable<string>): Promise<Map<string, CaseRef>> {
  const wanted = [...new Set(ids)];
  const rows = (await db.cases.bulkGet(wanted)) as (Row | undefined)[];
  const refs = new Map<string, CaseRef>();
  for (const row of rows) {
    if (row) refs.set(row.id, { id: row.id, reference: String(row.reference ?? ''), title: String(row.title ?? '') });
  }
  return refs;
}

/** `RecordRefs` over the cases a screen read. */
export const recordRefs = (cases: ReadonlyMap<string, CaseRef>): RecordRefs => ({ cases });

/** A record of a case's family: the case, one of its children, or a child of a child (a request's questions). */
export interface FamilyRecord {
  table: RecordTable;
  id: string;
  row: Row;
}

/**
 * The records of a case and everything hanging off it, tombstones included (a removed party is
 * still part of the case's history): its children by their `caseId` index, and their own
 * children by their parent key. Read within the caller's transaction if any.
 */
export async function loadCaseFamily(db: AttacheDb, caseId: string): Promise<FamilyRecord[]> {
  const family: FamilyRecord[] = [];
  const caseRow = (await db.cases.get(caseId)) as Row | undefined;
  if (caseRow) family.push({ table: 'cases', id: caseId, row: caseRow });
  const children = await childrenOf(db, 'cases', [caseId]);
  family.push(...children);
  const requests = children.filter((c) => c.table === 'verificationRequests').map((c) => c.id);
  if (requests.length > 0) family.push(...(await childrenOf(db, 'verificationRequests', requests)));
  return family;
}

/** A request and its questions, tombstones included, as `loadCaseFamily` reads a case's. */
export async function loadRequestFamily(db: AttacheDb, requestId: string): Promise<FamilyRecord[]> {
  const request = (await db.verificationRequests.get(requestId)) as Row | undefined;
  const questions = await childrenOf(db, 'verificationRequests', [requestId]);
  return request ? [{ table: 'verificationRequests', id: requestId, row: request }, ...questions] : questions;
}

/** The rows whose parent key (`parentKeys`) points at one of `ids` in table `parent`. */
async function childrenOf(db: AttacheDb, parent: SyncedTable, ids: string[]): Promise<FamilyRecord[]> {
  const links = (Object.entries(parentKeys) as [RecordTable, { key: string; parent: SyncedTable }][]).filter(([, link]) => link.parent === parent);
  const found = await Promise.all(
    links.map(async ([table, link]) => {
      const rows = (await db.table(table).where(link.key).anyOf(ids).toArray()) as Row[];
      return rows.map((row): FamilyRecord => ({ table, id: row.id, row }));
    }),
  );
  return found.flat();
}
