import { maxAuditEventsPerRequest, type ClientAuditEvent } from '../../../shared/sync';
import type { AttacheDb } from '../../db/AttacheDb';
import type { ViewLogEntry } from '../../db/types';
import type { SyncClient } from './syncClient';
import { SyncError } from './syncError';
import { clientSchemaVersion } from './syncState';

function toWire(entry: ViewLogEntry): ClientAuditEvent {
  return { id: entry.id, action: entry.action ?? 'view', table: entry.table, recordId: entry.recordId, at: entry.at };
}

/**
 * Sends the openings of records logged on this device (`viewLog`, `sent: 0`) to the server's
 * audit log, oldest first, in batches of at most 500 (`POST /v1/audit-events`). Run after the
 * outbox is pushed: an event about a record still in the outbox waits for a later sync, since the
 * server only accepts events about records it holds. Each answered batch is marked sent in ONE
 * transaction (a rejected event keeps the server's reason); an unanswered one stays unsent and
 * goes again next time, which the server answers `duplicate`, never counting it twice.
 *
 * Network and server failures are thrown like any sync failure (the engine retries; a revoked
 * device is wiped). A server without the endpoint (404) predates client audit events: the events
 * are kept for a later server and the sync goes on. Returns how many events the server answered.
 */
export async function sendViewEvents(db: AttacheDb, client: SyncClient, deviceId: string): Promise<number> {
  const unsent = await db.viewLog.where('sent').equals(0).toArray();
  if (unsent.length === 0) return 0;
  // Right after a push the outbox holds at most what was saved meanwhile.
  const unpushed = new Set((await db.outbox.toArray()).map((entry) => `${entry.table}/${entry.id}`));
  const ready = unsent.filter((entry) => !unpushed.has(`${entry.table}/${entry.recordId}`)).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  let answered = 0;
  for (let start = 0; start < ready.length; start += maxAuditEventsPerRequest) {
    const batch = ready.slice(start, start + maxAuditEventsPerRequest);
    let response;
    try {
      response = await client.auditEvents({ deviceId, schemaVersion: clientSchemaVersion, events: batch.map(toWire) });
    } catch (error) {
      if (error instanceof SyncError && error.code === 'not_found') return answered;
      throw error;
    }
    const results = new Map(response.results.map((r) => [r.id, r]));
    const done: ViewLogEntry[] = [];
    for (const entry of batch) {
      const result = results.get(entry.id);
      if (!result) continue;
      done.push(result.status === 'rejected' ? { ...entry, sent: 1, rejected: result.code ?? 'rejected' } : { ...entry, sent: 1 });
    }
    await db.transaction('rw', db.viewLog, () => db.viewLog.bulkPut(done));
    answered += done.length;
  }
  return answered;
}
