/**
 * Issue 15, "Hostile input, as a suite": requests over every endpoint of the wire contract, made
 * from its zod schemas and broken in every way a hostile or careless client can (fuzzRequests.ts),
 * each held to what the contract says it must get (contractOracle.ts, fuzzHarness.ts): no 5xx, no
 * stack trace, the error shape and status of the contract, and data untouched by every request
 * refused. `FUZZ_REQUESTS` sets how many: 1,000 in `npm test`, where the suite must stay quick on
 * a busy two-core machine; `FUZZ_REQUESTS=10000 npx vitest run server/fuzz/fuzz.test.ts` is the
 * full run of issue 15. `FUZZ_SEED` replays a run.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { validateRecord } from '../../shared/sync/mergeChecks';
import { pullResponseSchema, pushResponseSchema } from '../../shared/sync/wire';
import { expectedAnswer } from './contractOracle';
import { FuzzHarness, FuzzFailure } from './fuzzHarness';
import type { FuzzRequest } from './fuzzRequests';
import { anyRequest } from './fuzzRequests';
import type { FuzzWorld } from './fuzzWorld';
import { bearer, createFuzzWorld, issueCode, newRecordMutation } from './fuzzWorld';
import { wireTextArbitrary } from './zodArbitrary';

const totalRequests = Number(process.env.FUZZ_REQUESTS ?? 1_000);
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** Requests per fast-check run: the digest is compared once per run, and a failing run shrinks to its culprit. */
const maxPerRun = 24;
/** Executions a failing run of refused requests may spend shrinking (see `shrinkBudget`). */
const maxShrinks = 200;

// Starting PGlite takes seconds on a busy machine; the runs themselves are sized by FUZZ_REQUESTS.
vi.setConfig({ testTimeout: 600_000, hookTimeout: 120_000 });

let world: FuzzWorld;
let harness: FuzzHarness;
let started = 0;
let cpuAtStart = process.cpuUsage();
beforeAll(async () => {
  world = await createFuzzWorld();
  harness = new FuzzHarness(world);
  started = performance.now();
  cpuAtStart = process.cpuUsage();
});
afterAll(async () => {
  const cpu = process.cpuUsage(cpuAtStart);
  if (harness) console.log(harness.report(seed, performance.now() - started, (cpu.user + cpu.system) / 1000));
  await world?.close();
});

/**
 * `predicate`, allowed at most `maxShrinks` executions once it has failed: past them it stops the
 * run (an interrupting precondition failure), and fast-check reports the smallest failure found
 * so far. Unbounded, each shrink step replays a batch of up to two dozen requests and a digest,
 * and thousands of steps can follow one failure: it must report in seconds, replayable with
 * FUZZ_SEED (200 steps of a 24-request batch: about 20 s here).
 */
function shrinkBudget<T>(maxShrinks: number, predicate: (value: T) => Promise<void>): (value: T) => Promise<void> {
  let failed = false;
  let shrinks = 0;
  return async (value) => {
    if (failed && shrinks++ >= maxShrinks) throw new fc.PreconditionFailure(true);
    try {
      await predicate(value);
    } catch (error) {
      failed = true;
      throw error;
    }
  };
}

/** Runs `property` in rounds until `target` requests were sent, each round with the next seed. */
async function runUntil(target: number, property: (round: number) => fc.IAsyncProperty<[unknown]> | fc.IAsyncPropertyWithHooks<[unknown]>, runsPerRound: number, options: { endOnFailure?: boolean } = {}) {
  const start = harness.total;
  for (let round = 0; harness.total - start < target; round++) {
    await fc.assert(property(round), { seed: seed + round, numRuns: runsPerRound, ...options });
    if (process.env.FUZZ_DEBUG) console.log(`round ${round}: ${harness.total} requests, ${harness.digests} digests (${(harness.digestMs / 1000).toFixed(1)} s) at ${((performance.now() - started) / 1000).toFixed(1)} s, heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB, rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`);
  }
}

describe('hostile requests over every endpoint', () => {
  it('are refused with the contract’s status and error shape, never a 5xx or a stack, and change nothing', async () => {
    const requests = fc.array(anyRequest(world), { minLength: 1, maxLength: maxPerRun, size: 'max' });
    await runUntil(
      Math.ceil(totalRequests * 0.7),
      () =>
        fc.asyncProperty(
          requests,
          shrinkBudget(maxShrinks, async (batch) => {
            for (const request of batch) {
              const expectation = expectedAnswer(world, request);
              // A request the contract accepts and applies belongs to the stateful run below.
              if (!expectation.readOnly) continue;
              await harness.send(request, expectation);
            }
            await harness.checkUnchanged();
          }),
        ),
      Math.ceil((totalRequests * 0.7) / (maxPerRun / 2) / 4),
    );
    expect(harness.total).toBeGreaterThanOrEqual(Math.ceil(totalRequests * 0.7));
  });
});

/** JSON request of `actor`'s device to `url`. */
const jsonPost = (url: string, headers: Record<string, string>, body: unknown, label: string): FuzzRequest => ({
  method: 'POST',
  url,
  headers: { ...headers, 'content-type': 'application/json' },
  payload: JSON.stringify(body),
  label,
});

/**
 * A new record whose text is the generator's (byte order marks, bidirectional controls, combining
 * marks, astral characters…), pushed and pulled back: the server applies exactly what the shared
 * record schema accepts, and stores it exactly as that schema writes it, through PostgreSQL's json.
 */
async function faithfulRoundTrip(g: fc.GeneratorValue): Promise<void> {
  const member = world.actors.member;
  const [table, field] = g(() => fc.constantFrom(['notes', 'text'] as const, ['cases', 'summary'] as const));
  const text = g(() => wireTextArbitrary(1, 120));
  const id = g(() => fc.uuid({ version: 7 }));
  const mutation = newRecordMutation(table, id, member.deviceId, (world.lastMutationId.get(member.deviceId) ?? 0) + 1, { [field]: text });
  const pushed = await harness.send(jsonPost('/v1/sync/push', bearer(member), { deviceId: member.deviceId, schemaVersion: 1, mutations: [mutation] }, `a new ${table} record with ${JSON.stringify(text)}`));
  const [result] = pushResponseSchema.parse(pushed.response.json()).results;
  const expected = validateRecord(table, id, mutation.fields ?? {});
  if (!expected.ok) {
    if (result?.status !== 'rejected') throw new FuzzFailure(`The server took a ${table} record the shared schema refuses: ${JSON.stringify(text)}`);
    return;
  }
  if (result?.status !== 'applied' || result.version === undefined) throw new FuzzFailure(`A valid ${table} record was not applied: ${JSON.stringify(result)}`);
  const pulled = await harness.send(jsonPost('/v1/sync/pull', bearer(member), { deviceId: member.deviceId, schemaVersion: 1, cursor: result.version - 1, limit: 1 }, 'the record pulled back'));
  const change = pullResponseSchema.parse(pulled.response.json()).changes.find((c) => c.id === id);
  if (JSON.stringify(change?.fields[field]) !== JSON.stringify(expected.fields[field])) {
    throw new FuzzFailure(`Stored ${JSON.stringify(change?.fields[field])}, not ${JSON.stringify(expected.fields[field])}`);
  }
}

/**
 * An administrator issues a code and a new device enrolls with it, named with edge-case text and
 * the code spelled as a person types it: the device then pushes, is replayed, and may be revoked.
 */
async function enrollWithFreshCode(g: fc.GeneratorValue): Promise<void> {
  let code = '';
  await harness.outOfBand(async () => {
    code = await issueCode(world);
    world.codes.push({ code, state: 'fresh' });
  });
  const spelled = g(() => fc.constantFrom(code, code.toLowerCase(), ` ${code.replace('-', ' - ')} `));
  const deviceName = g(() => wireTextArbitrary(1, 200));
  const { response } = await harness.send(jsonPost('/v1/devices/enroll', {}, { code: spelled, deviceName }, `enroll with a fresh code as ${JSON.stringify(spelled)}`));
  if (response.statusCode !== 200) throw new FuzzFailure(`A fresh code did not enroll: ${response.statusCode}`);
  // The code is single use: the same enrollment again is refused, and changes nothing.
  await harness.send(jsonPost('/v1/devices/enroll', {}, { code, deviceName }, 'the same code again'));
}

describe('a session of accepted and refused requests', () => {
  it('keeps every answer to the contract while data changes: pushes continue, replay and skip ids, devices enroll and are revoked', async () => {
    const steps = 12;
    await runUntil(
      Math.ceil(totalRequests * 0.3),
      () =>
        fc.asyncProperty(fc.gen(), async (g) => {
          for (let i = 0; i < steps; i++) {
            const step = g(() => fc.constantFrom('request', 'request', 'request', 'request', 'request', 'request', 'record', 'enroll', 'revoke'));
            if (step === 'record') await faithfulRoundTrip(g);
            else if (step === 'enroll') await enrollWithFreshCode(g);
            else if (step === 'revoke' && world.enrolled.some((a) => !a.revoked) && g(() => fc.boolean())) {
              const device = world.enrolled.find((a) => !a.revoked)!;
              await harness.outOfBand(async () => {
                await world.server.sql.query('UPDATE devices SET revoked_at = now() WHERE id = $1', [device.deviceId]);
                device.revoked = true;
              });
            } else {
              // Built from the world as it is now: the next mutation ids, the codes just issued.
              await harness.send(g(() => anyRequest(world, true)));
            }
          }
          await harness.checkUnchanged();
        }),
      Math.ceil((totalRequests * 0.3) / steps / 3),
      // No shrinking: a run changes the server's data, so a shrunk replay meets another server
      // (and a world model the failed run left behind), and cannot reproduce the failure; each
      // replay changes data again. The failing run's steps are in the error as they happened.
      { endOnFailure: true },
    );
    // The session did what it is for: pushes were applied, devices enrolled, one revoked.
    expect([...world.lastMutationId.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
    expect(world.enrolled.length).toBeGreaterThan(0);
  });
});
