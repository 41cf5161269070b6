// Pushing records the way a device does: POST /v1/sync/push over loopback HTTP, batches of at most
// 1,000 mutations with consecutive ids. Used to seed workspaces and to measure push throughput.
import type { Case } from '../../shared/domain';
import { formatHlc } from '../../shared/sync/hlc';
import { maxMutationsPerPush, type PushMutation, type PushResponse } from '../../shared/sync/wire';
import type { BenchDevice } from './syncServer';

/** Puts of new cases (complete records without `id` in `fields`, as a create sends them). */
export function newCaseMutations(device: BenchDevice, cases: readonly Case[]): PushMutation[] {
  const ms = Date.now();
  return cases.map((record, i) => {
    const { id, ...fields } = record;
    const mutationId = device.nextMutationId + i;
    return { mutationId, table: 'cases', id, op: 'put', fields, hlc: formatHlc({ ms, counter: mutationId, deviceId: device.deviceId }) };
  });
}

/** Sends one batch; throws unless every mutation was applied (a benchmark must not count refusals). */
export async function pushBatch(serverUrl: string, device: BenchDevice, mutations: PushMutation[]): Promise<void> {
  const response = await fetch(`${serverUrl}/v1/sync/push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${device.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ deviceId: device.deviceId, schemaVersion: 1, mutations }),
  });
  if (!response.ok) throw new Error(`push answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as PushResponse;
  const refused = body.results.find((r) => r.status !== 'applied');
  if (refused) throw new Error(`push refused mutation ${refused.mutationId}: ${refused.code} ${refused.message}`);
  device.nextMutationId = body.lastMutationId + 1;
}

/** Pushes `cases` as new records in full batches; returns each batch's wall time in ms. */
export async function pushCases(serverUrl: string, device: BenchDevice, cases: readonly Case[]): Promise<number[]> {
  const times: number[] = [];
  for (let start = 0; start < cases.length; start += maxMutationsPerPush) {
    const mutations = newCaseMutations(device, cases.slice(start, start + maxMutationsPerPush));
    const started = performance.now();
    await pushBatch(serverUrl, device, mutations);
    times.push(performance.now() - started);
  }
  return times;
}
