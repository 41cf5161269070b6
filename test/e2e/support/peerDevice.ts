// A second device of a workspace, driven from Node over the real wire contract (the renderer's
// own sync client): it pushes records of every type, as an officer's other laptop would, so a
// browser device receives them through sync. Used where the UI has no screen for a record type.
import { v7 as uuidv7 } from 'uuid';
import type { RecordTable } from '../../../shared/domain';
import { createHlcClock } from '../../../shared/sync';
import { createSyncClient, type SyncClient } from '../../../renderer/features/sync/syncClient';
import { clientSchemaVersion } from '../../../renderer/features/sync/syncState';

export interface PeerRecord {
  table: RecordTable;
  id: string;
  fields?: Record<string, unknown>;
  op?: 'put' | 'delete';
}

export interface PeerDevice {
  /** Pushes the records in one batch; throws unless every one is applied. */
  push(records: PeerRecord[]): Promise<void>;
  putBlob(sha256: string, bytes: Uint8Array<ArrayBuffer>): Promise<void>;
  /** The bytes the server holds for `sha256` (refused unless they hash to it). */
  getBlob(sha256: string): Promise<Uint8Array<ArrayBuffer>>;
  /** Every record the server holds for the workspace now, by table and id (the peer's own view after a sync). */
  pullAll(): Promise<Map<string, Record<string, unknown>>>;
}

export async function enrollPeer(serverUrl: string, code: string): Promise<PeerDevice> {
  const enrolled = await createSyncClient({ baseUrl: serverUrl }).enroll({ code, deviceName: 'Peer laptop (Node)' });
  const client: SyncClient = createSyncClient({ baseUrl: serverUrl, token: enrolled.token });
  const clock = createHlcClock(enrolled.deviceId);
  let mutationId = 0;
  return {
    async push(records) {
      const mutations = records.map((r) => ({
        mutationId: ++mutationId,
        table: r.table,
        id: r.id,
        op: r.op ?? 'put',
        ...(r.op === 'delete' ? {} : { fields: r.fields }),
        hlc: clock.tick(),
      }));
      const answer = await client.push({ deviceId: enrolled.deviceId, schemaVersion: clientSchemaVersion, mutations });
      const refused = answer.results.filter((r) => r.status !== 'applied');
      if (refused.length > 0) throw new Error(`The server did not apply: ${JSON.stringify(refused)}`);
    },
    putBlob: (sha256, bytes) => client.putBlob(sha256, bytes),
    getBlob: (sha256) => client.getBlob(sha256),
    async pullAll() {
      const records = new Map<string, Record<string, unknown>>();
      for (let cursor = 0, more = true; more; ) {
        const page = await client.pull({ deviceId: enrolled.deviceId, schemaVersion: clientSchemaVersion, cursor });
        for (const change of page.changes) records.set(`${change.table}/${change.id}`, change.fields as Record<string, unknown>);
        cursor = page.cursor;
        more = page.hasMore;
      }
      return records;
    },
  };
}

/** Fresh ids for a set of records that refer to each other by id (every occurrence replaced). */
export function withFreshIds<T>(records: T, ids: readonly string[]): T {
  let json = JSON.stringify(records);
  for (const id of ids) json = json.split(id).join(uuidv7());
  return JSON.parse(json) as T;
}
