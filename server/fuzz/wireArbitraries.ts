/**
 * Request bodies of the wire contract, generated from its zod schemas (zodArbitrary.ts), then
 * "grounded" in the fuzz world most of the time — the caller's own device id, the schema version
 * the server speaks, mutation ids around the device's last one (replayed, next, past a gap, out of
 * order) — so that a broken body fails on the one thing broken and not on a random device id.
 */
import fc from 'fast-check';
import { auditEventsRequestSchema } from '../../shared/sync/auditWire';
import { formatHlc } from '../../shared/sync/hlc';
import { enrollRequestSchema, hlcSchema, pullRequestSchema, pushRequestSchema } from '../../shared/sync/wire';
import type { EnrollRequest, PullRequest, PushRequest } from '../../shared/sync/wire';
import type { AuditEventsRequest } from '../../shared/sync/auditWire';
import { syncSchemaVersion } from '../sync/protocol';
import type { Actor, FuzzWorld } from './fuzzWorld';
import { allActors } from './fuzzWorld';
import { arbitraryOf, wireTextArbitrary } from './zodArbitrary';

/** Clocks of the shape `hlcSchema` checks in code: `<15 digits>-<5 base-36>-<device id>`. */
export function hlcArbitrary(deviceIds: fc.Arbitrary<string> = wireTextArbitrary(1, 64)): fc.Arbitrary<string> {
  return fc
    .record({
      ms: fc.oneof(fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }), fc.integer({ min: 0, max: 999_999_999_999_999 })),
      counter: fc.integer({ min: 0, max: 36 ** 5 - 1 }),
      // The device part is anything on one line: the pattern's `.` takes no line terminator.
      deviceId: deviceIds.filter((id) => !/[\n\r\u2028\u2029]/.test(id)),
    })
    .map(formatHlc);
}

/** What the schema walker cannot read from the wire schemas' structure. */
export const wireOverrides = new Map<Parameters<typeof arbitraryOf>[0], fc.Arbitrary<unknown>>([[hlcSchema, hlcArbitrary()]]);

/** Valid bodies of each JSON endpoint, straight from the schemas. */
export const schemaBodies = {
  enroll: arbitraryOf(enrollRequestSchema, { overrides: wireOverrides }) as fc.Arbitrary<EnrollRequest>,
  push: arbitraryOf(pushRequestSchema, { overrides: wireOverrides, maxItems: 4 }) as fc.Arbitrary<PushRequest>,
  pull: arbitraryOf(pullRequestSchema, { overrides: wireOverrides }) as fc.Arbitrary<PullRequest>,
  auditEvents: arbitraryOf(auditEventsRequestSchema, { overrides: wireOverrides, maxItems: 4 }) as fc.Arbitrary<AuditEventsRequest>,
};

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/**
 * Mutation ids for a batch of `count` of a device whose last applied id is `last`: the next ones
 * (accepted), replayed ones (all at or below `last`), ones past a gap, or out of order.
 */
export function mutationIdsArbitrary(last: number, count: number, allowNext: boolean): fc.Arbitrary<{ ids: number[]; kind: string }> {
  const kinds: fc.Arbitrary<{ ids: number[]; kind: string }>[] = [
    fc.integer({ min: 2, max: 1000 }).map((gap) => ({ ids: range(last + gap, count), kind: `after a gap of ${gap - 1}` })),
  ];
  if (last >= count) kinds.push(fc.integer({ min: 1, max: last - count + 1 }).map((start) => ({ ids: range(start, count), kind: 'replayed' })));
  if (count >= 2) {
    kinds.push(
      fc.shuffledSubarray(range(Math.max(1, last - 2), count + 3), { minLength: count, maxLength: count })
        .filter((ids) => ids.some((id, i) => i > 0 && id !== (ids[i - 1] as number) + 1))
        .map((ids) => ({ ids, kind: 'out of order' })),
    );
  }
  if (allowNext) kinds.push(fc.constant({ ids: range(last + 1, count), kind: 'next' }));
  return fc.oneof(...kinds);
}

/** Usually the caller's own device id, sometimes another device's (of its workspace or not), sometimes the schema's random one. */
function deviceIdFor(world: FuzzWorld, actor: Actor, random: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constant(actor.deviceId) },
    { weight: 1, arbitrary: fc.constantFrom(...allActors(world).map((a) => a.deviceId)) },
    { weight: 1, arbitrary: fc.constant(random) },
  );
}

const schemaVersionFor = (random: number) => fc.oneof({ weight: 9, arbitrary: fc.constant(syncSchemaVersion) }, { weight: 1, arbitrary: fc.constantFrom(random, 0, syncSchemaVersion + 1) });

/** Records some workspace holds, as `[table, id]`: the caller's own, and the foreign workspace's. */
const knownRecords = (world: FuzzWorld) => [...world.records.values()].flatMap((held) => [...held]).map((key) => key.split('/') as [string, string]);

/**
 * A push body of `actor`, grounded: its device, its clock, ids around its last one, and often
 * records that exist already — its workspace's, or the foreign workspace's under the same id,
 * which must stay the foreign workspace's, untouched.
 */
export function groundedPush(world: FuzzWorld, actor: Actor, allowNext: boolean): fc.Arbitrary<PushRequest & { idKind: string }> {
  const known = knownRecords(world);
  return schemaBodies.push.chain((body) =>
    fc
      .record({
        deviceId: deviceIdFor(world, actor, body.deviceId),
        schemaVersion: schemaVersionFor(body.schemaVersion),
        ids: mutationIdsArbitrary(world.lastMutationId.get(actor.deviceId) ?? 0, body.mutations.length, allowNext),
        targets: fc.array(fc.option(fc.constantFrom(...known), { freq: 2 }), { minLength: body.mutations.length, maxLength: body.mutations.length }),
      })
      .map(({ deviceId, schemaVersion, ids, targets }) => ({
        deviceId,
        schemaVersion,
        idKind: ids.kind,
        mutations: body.mutations.map((m, i) => {
          const target = targets[i];
          return { ...m, mutationId: ids.ids[i] as number, ...(target ? { table: target[0] as typeof m.table, id: target[1] } : {}) };
        }),
      })),
  );
}

/** A pull body of `actor`: its device, a cursor from 0 to past the workspace's version. */
export function groundedPull(world: FuzzWorld, actor: Actor): fc.Arbitrary<PullRequest> {
  return schemaBodies.pull.chain((body) =>
    fc
      .record({ deviceId: deviceIdFor(world, actor, body.deviceId), schemaVersion: schemaVersionFor(body.schemaVersion), cursor: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(body.cursor)) })
      .map((grounded) => ({ ...body, ...grounded })),
  );
}

/** An audit batch of `actor`: about records its workspace holds, the foreign workspace's, or none. */
export function groundedAuditEvents(world: FuzzWorld, actor: Actor): fc.Arbitrary<AuditEventsRequest> {
  const known = knownRecords(world);
  return schemaBodies.auditEvents.chain((body) =>
    fc
      .record({
        deviceId: deviceIdFor(world, actor, body.deviceId),
        schemaVersion: schemaVersionFor(body.schemaVersion),
        targets: fc.array(fc.option(fc.constantFrom(...known), { freq: 2 }), { minLength: body.events.length, maxLength: body.events.length }),
      })
      .map(({ deviceId, schemaVersion, targets }) => ({
        deviceId,
        schemaVersion,
        events: body.events.map((e, i) => {
          const target = targets[i];
          return target ? { ...e, table: target[0] as typeof e.table, recordId: target[1] } : e;
        }),
      })),
  );
}

/** An enrollment: a code the world issued (in several spellings: used, expired or fresh), or the schema's random one. */
export function groundedEnroll(world: FuzzWorld): fc.Arbitrary<EnrollRequest> {
  const spellings = world.codes.flatMap(({ code }) => [code, code.toLowerCase(), ` ${code.replace('-', ' - ')} `]);
  return schemaBodies.enroll.chain((body) => fc.oneof(fc.constant(body), fc.constantFrom(...spellings).map((code) => ({ ...body, code }))));
}
