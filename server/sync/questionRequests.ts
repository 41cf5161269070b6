import { isRequestFrozen, type VerificationRequest } from '../../shared/domain';
import type { ServerRow } from '../../shared/sync/mergeTypes';
import type { PushMutation } from '../../shared/sync/wire';
import type { SqlTx } from '../db/sql';
import { loadRows, rowKey } from './rowStore';

/** The requests a question change concerns: the one it belongs to, and the one it would move to. */
function requestIdsOf(m: PushMutation, row: ServerRow | null): string[] {
  return [row?.fields.requestId, m.fields?.requestId].filter((id): id is string => typeof id === 'string');
}

/**
 * Adds to `rows` (the batch's current rows, by `rowKey`) the requests its question changes
 * concern that the batch does not touch itself, so the merge can tell which questions belong to
 * a sent request (`MergeContext.requestSent`). One query, whatever the batch size.
 */
export async function loadQuestionRequests(tx: SqlTx, workspaceId: string, mutations: readonly PushMutation[], rows: Map<string, ServerRow>): Promise<void> {
  const missing = new Set<string>();
  for (const m of mutations) {
    if (m.table !== 'requestQuestions') continue;
    for (const id of requestIdsOf(m, rows.get(rowKey(m.table, m.id)) ?? null)) {
      if (!rows.has(rowKey('verificationRequests', id))) missing.add(id);
    }
  }
  if (missing.size === 0) return;
  const requests = await loadRows(tx, workspaceId, [...missing].map((id) => ({ table: 'verificationRequests' as const, id })));
  for (const [key, row] of requests) rows.set(key, row);
}

/**
 * Whether a question change concerns a sent request, as `rows` stand now (a request sent earlier
 * in the same batch counts): undefined for any other table.
 */
export function questionOfSentRequest(m: PushMutation, row: ServerRow | null, rows: ReadonlyMap<string, ServerRow>): boolean | undefined {
  if (m.table !== 'requestQuestions') return undefined;
  return requestIdsOf(m, row).some((id) => {
    const request = rows.get(rowKey('verificationRequests', id));
    return request !== undefined && !request.deleted && isRequestFrozen(request.fields as Pick<VerificationRequest, 'status' | 'frozenAt'>);
  });
}
