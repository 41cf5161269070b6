// Pushing records the way a device does: POST /v1/sync/push over loopback HTTP, batches of at most
// 1,000 mutations with consecutive ids. Used to seed workspaces and to measure push throughput.
import type { Case } from '../../shared/domain';
import { formatHlc } from '../../shared/sync/hlc';
import { maxMutationsPerPush, type PushMutation, type PushResponse } from '../../shared/sync/wire';
import type { BenchDevice } from './syncServer';

/** Puts of new cases (complete records without `id` in `fields`, as a create sends them), ids from `firstMutationId`. */
export function newCaseMutations(device: BenchDevice, cases: readonly Case[], firstMutationId: number): PushMutation[] {
  const ms = Date.now();
  return cases.map((record, i) => {
    const { id, ...fields } = record;
    const mutationId = firstMutationId + i;
    return { mutationId, table: 'cases', id, op: 'put', fields, hlc: formatHlc({ ms, counter: mutationId, deviceId: device.deviceId }) };
  });
}

/** The body of one push of `mutations`, as the device's outbox sends it. */
const pushBody = (device: BenchDevice, mutations: PushMutation[]) => JSON.stringify({ deviceId: device.deviceId, schemaVersion: 1, mutations });

/** Sends one push; throws unless every mutation was applied (a benchmark must not count refusals). */
async function sendPush(serverUrl: string, device: BenchDevice, body: string): Promise<void> {
  const response = await fetch(`${serverUrl}/v1/sync/push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${device.token}`, 'content-type': 'application/json' },
    body,
  });
  if (!response.ok) throw new Error(`push answered ${response.status}: ${await response.text()}`);
  const answer = (await response.json()) as PushResponse;
  const refused = answer.results.find((r) => r.status !== 'applied');
  if (refused) throw new Error(`push refused mutation ${refused.mutationId}: ${refused.code} ${refused.message}`);
  device.nextMutationId = answer.lastMutationId + 1;
}

/** Pushes `cases` as new records in full batches; returns each batch's wall time in ms. */
export const pushCases = (serverUrl: string, device: BenchDevice, cases: readonly Case[]): Promise<number[]> =>
  sendOutbox(serverUrl, device, outboxOfNewCases(device, cases));

/**
 * A laptop's outbox after an officer imported `cases`: the bodies of its full pushes, stamped and
 * serialised on the laptop before it connects. Sending them (sendOutbox) is then all that a
 * measurement of the server's rate includes of the laptop's work.
 */
export function outboxOfNewCases(device: BenchDevice, cases: readonly Case[]): string[] {
  const bodies: string[] = [];
  for (let start = 0; start < cases.length; start += maxMutationsPerPush) {
    bodies.push(pushBody(device, newCaseMutations(device, cases.slice(start, start + maxMutationsPerPush), device.nextMutationId + start)));
  }
  return bodies;
}

/** Sends an outbox's pushes one after the other; returns each one's wall time in ms. */
export async function sendOutbox(serverUrl: string, device: BenchDevice, bodies: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const body of bodies) {
    const started = performance.now();
    await sendPush(serverUrl, device, body);
    times.push(performance.now() - started);
  }
  return times;
}
