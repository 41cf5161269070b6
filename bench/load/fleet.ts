// The laptops of the load run: workspaces (attaché offices) of `perWorkspace` members each, one
// enrollment code per member made by the admin services on the server's database, and one
// `LoadDevice` per code, enrolled over HTTP and downloaded before the measured run begins.
import type { Sql } from '../../server/db/sql';
import { createEnrollmentCode } from '../../server/services/enrollment';
import { addMember, createWorkspace } from '../../server/services/workspaces';
import { prng } from '../syntheticCases';
import { LoadDevice, type LoadTally } from './loadDevice';
import type { PokeTracker } from './pokeTracker';

export interface FleetOptions {
  sql: Sql;
  serverUrl: string;
  devices: number;
  perWorkspace: number;
  workIntervalMs: number;
  tally: LoadTally;
  tracker: PokeTracker;
}

const officers = ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Minh Châu', 'Phạm Quốc Dũng', 'Hoàng Thu Hà', 'Vũ Đức Long'];
/** Enrollments and first downloads run this many at a time, as laptops would trickle in. */
const setupConcurrency = 20;

export async function enrollFleet(options: FleetOptions): Promise<LoadDevice[]> {
  const { sql, devices, perWorkspace } = options;
  const codes: string[] = [];
  for (let office = 0; office * perWorkspace < devices; office++) {
    const workspace = await createWorkspace(sql, { name: `Load: attaché office ${office + 1}` });
    for (let i = office * perWorkspace; i < Math.min(devices, (office + 1) * perWorkspace); i++) {
      const member = await addMember(sql, { workspaceId: workspace.id, name: `${officers[i % officers.length]} ${i + 1}`, role: 'member' });
      codes.push((await createEnrollmentCode(sql, { memberId: member.id })).code);
    }
  }
  const fleet = codes.map(
    (code, index) =>
      new LoadDevice({
        index,
        code,
        serverUrl: options.serverUrl,
        tally: options.tally,
        tracker: options.tracker,
        rand: prng(1000 + index),
        workIntervalMs: options.workIntervalMs,
      }),
  );
  await inGroups(fleet, setupConcurrency, async (device) => {
    const { deviceId, workspaceId } = await device.enroll();
    options.tracker.add(deviceId, workspaceId, 0);
  });
  await inGroups(fleet, setupConcurrency, (device) => device.start());
  return fleet;
}

/** Runs `fn` over `items`, at most `size` at once. */
export async function inGroups<T>(items: readonly T[], size: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
