/**
 * The server the fuzz suite attacks, and who is there: a workspace with a member, an admin, a
 * viewer, a second member and a revoked device, each with records, pushes and a blob; and a
 * foreign workspace whose records, attachment and names carry a marker that no answer to anyone
 * else may ever contain.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { sampleRecords } from '../../shared/domain/sampleRecords';
import type { SyncedTable } from '../../shared/domain';
import { enrollResponseSchema, pushResponseSchema } from '../../shared/sync/wire';
import type { PushMutation, PushResult } from '../../shared/sync/wire';
import { createFolderBlobStore } from '../blobs/blobStore';
import { createEnrollmentCode, enrollDevice } from '../services/enrollment';
import type { MemberRole } from '../services/workspaces';
import { addMember, createWorkspace } from '../services/workspaces';
import { normalizeEnrollmentCode, sha256Hex } from '../services/secrets';
import type { TestServer } from '../testing/testServer';
import { hlcAt, startTestServer } from '../testing/testServer';

export interface Actor {
  /** Who this is in a counterexample: `member`, `viewer`, `foreign`… */
  name: string;
  deviceId: string;
  token: string;
  workspaceId: string;
  role: MemberRole;
  revoked: boolean;
}

export interface StoredBlob {
  sha256: string;
  bytes: Buffer;
}

export interface FuzzWorld {
  server: TestServer;
  /** The folder of the blob store, digested with the database. */
  blobRoot: string;
  actors: { member: Actor; admin: Actor; viewer: Actor; second: Actor; revoked: Actor; foreign: Actor };
  /** Devices enrolled during the run, over the wire. */
  enrolled: Actor[];
  /** Highest applied mutation id of each device. */
  lastMutationId: Map<string, number>;
  /** The answer each applied mutation got, by `deviceId/mutationId`: replays must get it back. */
  outcomes: Map<string, PushResult>;
  /** Records each workspace holds, as `table/id`. */
  records: Map<string, Set<string>>;
  blobs: { home: StoredBlob; foreign: StoredBlob };
  /** Blobs each workspace holds, as `workspaceId/sha256`. */
  heldBlobs: Set<string>;
  /** Enrollment codes as issued, and whether each is still good. */
  codes: { code: string; state: 'fresh' | 'used' | 'expired' }[];
  /** In the foreign workspace's records, names and blob: never in an answer to anyone else. */
  marker: string;
  close(): Promise<void>;
}

export const mutationKey = (deviceId: string, mutationId: number) => `${deviceId}/${mutationId}`;

/** Every device of the world, those enrolled during the run included. */
export const allActors = (world: Pick<FuzzWorld, 'actors' | 'enrolled'>): Actor[] => [...Object.values(world.actors), ...world.enrolled];

/** Enrolls a device of a new member of `workspaceId`. */
async function newActor(server: TestServer, name: string, workspaceId: string, role: MemberRole, memberName = name): Promise<Actor> {
  const member = await addMember(server.sql, { workspaceId, name: memberName, role });
  const { code } = await createEnrollmentCode(server.sql, { memberId: member.id, now: new Date(server.clock.now) });
  const { deviceId, token } = await enrollDevice(server.sql, { code, deviceName: `${name} laptop`, now: new Date(server.clock.now) });
  return { name, deviceId, token, workspaceId, role, revoked: false };
}

export const bearer = (actor: Pick<Actor, 'token'>) => ({ authorization: `Bearer ${actor.token}` });

/** A complete new record of `table` (the sample one, under a fresh id), as a put mutation. */
export function newRecordMutation(table: SyncedTable, id: string, deviceId: string, mutationId: number, extra: Record<string, unknown> = {}): PushMutation {
  const { id: _id, ...fields } = sampleRecords[table] as Record<string, unknown>;
  return { mutationId, table, id, op: 'put', fields: { ...fields, ...extra }, hlc: hlcAt(deviceId, undefined, mutationId) };
}

/** Pushes `mutations` as `actor` over HTTP and records what the world must remember of them. */
export async function pushAs(world: Pick<FuzzWorld, 'server' | 'lastMutationId' | 'outcomes' | 'records'>, actor: Actor, mutations: PushMutation[]) {
  const response = await world.server.app.inject({
    method: 'POST',
    url: '/v1/sync/push',
    headers: bearer(actor),
    payload: { deviceId: actor.deviceId, schemaVersion: 1, mutations },
  });
  if (response.statusCode !== 200) throw new Error(`Setting up the fuzz world: push answered ${response.statusCode} ${response.body}`);
  const answer = pushResponseSchema.parse(response.json());
  world.lastMutationId.set(actor.deviceId, answer.lastMutationId);
  for (const result of answer.results) {
    if (result.status !== 'duplicate') world.outcomes.set(mutationKey(actor.deviceId, result.mutationId), result);
  }
  const held = world.records.get(actor.workspaceId) ?? new Set<string>();
  for (const [i, m] of mutations.entries()) if (answer.results[i]?.status === 'applied') held.add(`${m.table}/${m.id}`);
  world.records.set(actor.workspaceId, held);
  return answer;
}

export async function createFuzzWorld(): Promise<FuzzWorld> {
  const blobRoot = await mkdtemp(join(tmpdir(), 'attache-fuzz-blobs-'));
  const server = await startTestServer({ blobs: createFolderBlobStore(blobRoot) });
  const marker = `FOREIGN-${randomBytes(6).toString('hex')}`;
  const home = await createWorkspace(server.sql, { name: 'VN Customs attaché office, Washington' });
  const away = await createWorkspace(server.sql, { name: `Attaché office, Canberra ${marker}` });
  const actors = {
    member: await newActor(server, 'member', home.id, 'member'),
    admin: await newActor(server, 'admin', home.id, 'admin'),
    viewer: await newActor(server, 'viewer', home.id, 'viewer'),
    second: await newActor(server, 'second', home.id, 'member'),
    revoked: await newActor(server, 'revoked', home.id, 'member'),
    foreign: await newActor(server, 'foreign', away.id, 'member', `Trần Thị B ${marker}`),
  };
  const world: FuzzWorld = {
    server,
    blobRoot,
    actors,
    enrolled: [],
    lastMutationId: new Map(Object.values(actors).map((a) => [a.deviceId, 0])),
    outcomes: new Map(),
    records: new Map(),
    blobs: { home: { sha256: '', bytes: Buffer.alloc(0) }, foreign: { sha256: '', bytes: Buffer.alloc(0) } },
    heldBlobs: new Set(),
    codes: [],
    marker,
    async close() {
      await server.close();
      await rm(blobRoot, { recursive: true, force: true });
    },
  };

  // Records and a mutation log: an applied case, a note, a sent request; one rejected change.
  const m = actors.member;
  const requestId = randomUUID();
  await pushAs(world, m, [
    newRecordMutation('cases', sampleRecords.cases.id, m.deviceId, 1),
    newRecordMutation('notes', randomUUID(), m.deviceId, 2),
    newRecordMutation('verificationRequests', requestId, m.deviceId, 3, { status: 'sent', sentOn: '2026-02-20', frozenAt: '2026-02-20T08:00:00.000Z' }),
    { mutationId: 4, table: 'verificationRequests', id: requestId, op: 'delete', hlc: hlcAt(m.deviceId, undefined, 4) },
  ]);
  await pushAs(world, actors.admin, [newRecordMutation('riskLists', randomUUID(), actors.admin.deviceId, 1)]);
  await pushAs(world, actors.revoked, [newRecordMutation('contacts', randomUUID(), actors.revoked.deviceId, 1)]);
  // The foreign workspace holds records under ids the home workspace also uses, and its marker.
  const f = actors.foreign;
  await pushAs(world, f, [
    newRecordMutation('cases', sampleRecords.cases.id, f.deviceId, 1, { title: `Wire rod ${marker}`, summary: marker }),
    newRecordMutation('notes', sampleRecords.notes.id, f.deviceId, 2, { text: marker }),
  ]);

  for (const [key, actor] of [['home', m], ['foreign', f]] as const) {
    const bytes = Buffer.from(`attachment of ${key} ${key === 'foreign' ? marker : ''} ${randomBytes(8).toString('hex')}`);
    const sha256 = sha256Hex(bytes);
    const put = await server.app.inject({ method: 'PUT', url: `/v1/blobs/${sha256}`, headers: { ...bearer(actor), 'content-type': 'application/octet-stream' }, payload: bytes });
    if (put.statusCode !== 200) throw new Error(`Setting up the fuzz world: blob upload answered ${put.statusCode}`);
    world.blobs[key] = { sha256, bytes };
    world.heldBlobs.add(`${actor.workspaceId}/${sha256}`);
  }

  const used = await issueCode(world);
  await enrollDevice(server.sql, { code: used, deviceName: 'first laptop', now: new Date(server.clock.now) });
  world.codes = [
    { code: used, state: 'used' },
    { code: await issueCode(world, -2 * 86_400_000), state: 'expired' },
  ];

  await server.sql.query('UPDATE devices SET revoked_at = now() WHERE id = $1', [actors.revoked.deviceId]);
  actors.revoked.revoked = true;
  return world;
}

/** A new enrollment code for a new member of the home workspace, issued `ageMs` from now (negative: in the past). */
export async function issueCode(world: Pick<FuzzWorld, 'server' | 'actors'>, ageMs = 0): Promise<string> {
  const { server } = world;
  const member = await addMember(server.sql, { workspaceId: world.actors.member.workspaceId, name: 'Lê Văn C', role: 'member' });
  return (await createEnrollmentCode(server.sql, { memberId: member.id, now: new Date(server.clock.now + ageMs) })).code;
}

/**
 * What the world learns from an accepted request that changed data, so the oracle keeps
 * predicting: the device's last mutation id and each mutation's first answer, the records a
 * workspace now holds, the blobs it holds, the codes used.
 */
export function learnFrom(world: FuzzWorld, endpoint: string, actor: Actor | undefined, request: { url: string; payload?: string | Buffer }, answer: unknown): void {
  if (endpoint === 'push' && actor) {
    const { lastMutationId, results } = pushResponseSchema.parse(answer);
    world.lastMutationId.set(actor.deviceId, lastMutationId);
    const sent = JSON.parse(String(request.payload)) as { mutations: PushMutation[] };
    const held = world.records.get(actor.workspaceId) ?? new Set<string>();
    for (const [i, result] of results.entries()) {
      if (result.status === 'duplicate') continue;
      world.outcomes.set(mutationKey(actor.deviceId, result.mutationId), result);
      const m = sent.mutations[i];
      if (result.status === 'applied' && m) held.add(`${m.table}/${m.id}`);
    }
    world.records.set(actor.workspaceId, held);
  }
  if (endpoint === 'blobPut' && actor) world.heldBlobs.add(`${actor.workspaceId}/${(answer as { sha256: string }).sha256}`);
  if (endpoint === 'enroll') {
    const { code } = JSON.parse(String(request.payload)) as { code: string };
    for (const issued of world.codes) if (normalizeEnrollmentCode(issued.code) === normalizeEnrollmentCode(code)) issued.state = 'used';
    const enrolled = enrollResponseSchema.parse(answer);
    const actor: Actor = { name: `enrolled ${world.enrolled.length + 1}`, deviceId: enrolled.deviceId, token: enrolled.token, workspaceId: enrolled.workspace.id, role: enrolled.member.role, revoked: false };
    world.enrolled.push(actor);
    world.lastMutationId.set(actor.deviceId, 0);
  }
}

/**
 * A hash of everything the foreign workspace holds: its rows, mutation log, audit trail and blobs. Requests of the home workspace change data, so the whole-database digest moves; this
 * one must not, whatever ids they name.
 */
export async function foreignDigest(world: Pick<FuzzWorld, 'server' | 'actors'>): Promise<string> {
  const tables = ['rows', 'mutation_log', 'audit_events', 'blobs'];
  const parts = await Promise.all(
    tables.map(async (table) => {
      const [row] = await world.server.sql.query<{ h: string | null }>(
        `SELECT md5(string_agg(r, E'\\n' ORDER BY r COLLATE "C")) AS h FROM (SELECT ROW(t.*)::text AS r FROM ${table} t WHERE workspace_id = $1) s`,
        [world.actors.foreign.workspaceId],
      );
      return `${table}:${row?.h ?? ''}`;
    }),
  );
  return parts.join(' ');
}
