/**
 * Whole HTTP requests to every endpoint of the contract, as a hostile or broken client sends them:
 * a grounded body (wireArbitraries.ts) broken in one place or not JSON at all, under the wrong
 * media type or past the route's size limit, with a forged, malformed, revoked or foreign token;
 * attachment paths that are not hashes; routes and methods that do not exist.
 */
import fc from 'fast-check';
import { auditEventsRequestSchema } from '../../shared/sync/auditWire';
import { enrollRequestSchema, pullRequestSchema, pushRequestSchema } from '../../shared/sync/wire';
import { sha256Hex } from '../services/secrets';
import { maxAuditEventsBytes, maxPushBytes, maxSmallBodyBytes } from '../sync/protocol';
import type { Endpoint, Method, WireRequest } from './contractOracle';
import type { Actor, FuzzWorld } from './fuzzWorld';
import { allActors } from './fuzzWorld';
import { encodeBody, hostileVariant, malformedJsonText } from './hostileValues';
import { groundedAuditEvents, groundedEnroll, groundedPull, groundedPush } from './wireArbitraries';

/** A request and, for counterexamples, what was done to it. */
export interface FuzzRequest extends WireRequest {
  label: string;
}

/** Who a request claims to be: a proven actor, or a credential that proves nothing. */
type Credential = { actor: Actor } | { header: string | null; label: string };

function credentials(world: FuzzWorld): fc.Arbitrary<Credential> {
  const { actors } = world;
  const real = actors.member.token;
  return fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(actors.member, actors.admin, actors.viewer, actors.second, actors.foreign, ...world.enrolled).map((actor) => ({ actor })) },
    { weight: 1, arbitrary: fc.constantFrom(...allActors(world).filter((a) => a.revoked)).map((actor) => ({ actor })) },
    { weight: 1, arbitrary: fc.constant({ header: null, label: 'no token' }) },
    {
      weight: 1,
      // 12 to 96 random bytes: 16 to 128 base64url characters, the shape of a real token.
      arbitrary: fc.uint8Array({ minLength: 12, maxLength: 96 }).map((b) => ({ header: `Bearer ${Buffer.from(b).toString('base64url')}`, label: 'a forged token' })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          'Bearer',
          'Bearer ',
          `bearer ${real}`,
          `Bearer  ${real}`,
          `Bearer ${real} `,
          `Bearer ${real}=`,
          `Bearer ${real.slice(0, -1)}${real.endsWith('A') ? 'B' : 'A'}`,
          `Bearer ${real.slice(0, 15)}`,
          `Bearer ${'a'.repeat(129)}`,
          `Token ${real}`,
          'Basic YWRtaW46YWRtaW4=',
          `Bearer ${real},Bearer ${actors.admin.token}`,
        )
        .map((header) => ({ header, label: `Authorization: ${header.slice(0, 24)}…` })),
    },
  );
}

const credentialHeaders = (c: Credential): Record<string, string> =>
  'actor' in c ? { authorization: `Bearer ${c.actor.token}` } : c.header === null ? {} : { authorization: c.header };
const credentialLabel = (c: Credential) => ('actor' in c ? `as ${c.actor.name}` : c.label);
/** The actor whose device a body is grounded in: the caller, or the member for a caller with no device. */
const groundOf = (world: FuzzWorld, c: Credential) => ('actor' in c ? c.actor : world.actors.member);

const jsonTypes = ['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json;charset=latin1'];
const otherTypes = ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/octet-stream', 'application/vnd.api+json', 'application/jsonx', ''];

interface Body {
  payload: string | Buffer;
  contentType: string;
  label: string;
}

/**
 * A JSON body made from a valid one: as it is, with one thing broken (hostileValues.ts), as broken
 * JSON text, under another media type, or padded past the route's limit.
 */
function hostileBody(schema: Parameters<typeof hostileVariant>[0], valid: unknown, limit: number): fc.Arbitrary<Body> {
  const text = encodeBody(valid);
  const variants: fc.WeightedArbitrary<Body>[] = [
    { weight: 2, arbitrary: fc.constantFrom(...jsonTypes).map((contentType) => ({ payload: text, contentType, label: 'valid body' })) },
    { weight: 8, arbitrary: hostileVariant(schema, valid).map((h) => ({ payload: encodeBody(h.value), contentType: 'application/json', label: h.label })) },
    { weight: 2, arbitrary: malformedJsonText(text).map((m) => ({ payload: m.text, contentType: 'application/json', label: m.label })) },
    { weight: 1, arbitrary: fc.constantFrom(...otherTypes).map((contentType) => ({ payload: text, contentType, label: `sent as ${contentType || 'no media type'}` })) },
  ];
  // Padded to its route's limit and just past it; the large limits (push, audit events) are
  // asserted once each in limits.test.ts rather than thousands of times here.
  if (limit <= maxSmallBodyBytes) {
    variants.push({
      weight: 1,
      arbitrary: fc.constantFrom(-1, 0, 1, 1000).map((over) => {
        const padded = encodeBody({ ...(valid as object), padding: '' });
        const payload = padded.replace('"padding":""', `"padding":"${'p'.repeat(Math.max(0, limit - Buffer.byteLength(padded) + over))}"`);
        return { payload, contentType: 'application/json', label: `${Buffer.byteLength(payload) - limit} bytes past the limit` };
      }),
    });
  }
  return fc.oneof(...variants);
}

const withQuery = fc.constantFrom('', '', '', '?x=1', '?cursor=5&deviceId=x', '?%ZZ=1', '?a[b]=1&a[b]=2', `?${'q'.repeat(3000)}`);

function jsonRequest(path: string, body: fc.Arbitrary<Body>, headers: Record<string, string>, label: string): fc.Arbitrary<FuzzRequest> {
  return fc.tuple(body, withQuery).map(([b, query]) => ({
    method: 'POST' as const,
    url: `${path}${query}`,
    headers: { ...headers, ...(b.contentType ? { 'content-type': b.contentType } : {}) },
    payload: b.payload,
    label: `${label}, ${b.label}`,
  }));
}

const hexOf = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** Path segments where a SHA-256 belongs, made from the hash of the bytes sent: real hashes and everything that is not one. */
const segmentKinds: { label: string; weight: number; make: (own: string, world: FuzzWorld, random: string) => string }[] = [
  { label: 'the hash of the bytes', weight: 8, make: (own) => own },
  { label: 'the home blob', weight: 2, make: (_, world) => world.blobs.home.sha256 },
  { label: 'the foreign blob', weight: 2, make: (_, world) => world.blobs.foreign.sha256 },
  { label: 'an unknown hash', weight: 2, make: (_, __, random) => random },
  ...[
    (own: string) => own.toUpperCase(),
    (own: string) => own.slice(0, 63),
    (own: string) => `${own}0`,
    (own: string) => `${own.slice(0, 63)}g`,
    () => '%ZZ',
    (own: string) => `${own.slice(0, 62)}%`,
    () => '..%2F..%2Fetc%2Fpasswd',
    (own: string) => `${own.slice(0, 63)}%00`,
    (own: string) => `${own.slice(0, 60)}%ED%A0%80`,
    (own: string) => `%${own.slice(0, 63)}`,
    () => 'a'.repeat(101),
    () => '%41'.repeat(64),
    (own: string) => `${own}%20`,
  ].map((make) => ({ label: 'a segment that is not a hash', weight: 1, make })),
];

function blobRequest(world: FuzzWorld, headers: Record<string, string>, label: string): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      payload: fc.oneof(fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)), fc.constantFrom(world.blobs.home.bytes, world.blobs.foreign.bytes)),
      kind: fc.oneof(...segmentKinds.map((kind) => ({ weight: kind.weight, arbitrary: fc.constant(kind) }))),
      random: fc.uint8Array({ minLength: 32, maxLength: 32 }).map(hexOf),
      method: fc.constantFrom<Method>('GET', 'GET', 'HEAD', 'PUT', 'PUT', 'PUT'),
      contentType: fc.constantFrom('application/octet-stream', 'application/octet-stream', 'application/json', 'text/plain', ''),
    })
    .map(({ payload, kind, random, method, contentType }) => {
      const segment = kind.make(sha256Hex(payload), world, random);
      return {
        method,
        url: `/v1/blobs/${segment}`,
        headers: { ...headers, ...(method === 'PUT' && contentType ? { 'content-type': contentType } : {}) },
        ...(method === 'PUT' ? { payload } : {}),
        label: `${label}, ${method} ${kind.label} (${segment.slice(0, 16)}…), ${payload.length} bytes as ${contentType || 'no media type'}`,
      };
    });
}

/** Routes and methods the contract does not have, and paths that are not URLs. */
const strayRequests: fc.Arbitrary<FuzzRequest> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom<Method>('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'),
      fc.constantFrom(
        '/',
        '/v1',
        '/v1/',
        '/v2/sync/push',
        '/v1/sync/push/',
        '/V1/health',
        '/v1/blobs',
        '/v1/blobs/a/b',
        '//v1/health',
        '/v1/sync',
        '/v1/devices',
        '/v1/admin/workspaces',
        '/.env',
        '/v1/%ZZ',
        `/v1/${'x'.repeat(5000)}`,
        '/v1/sync/pull%00',
      ),
    )
    .map(([method, url]) => ({ method, url, headers: { 'content-type': 'application/json' }, ...(method === 'GET' || method === 'HEAD' ? {} : { payload: '{"a":' }), label: `${method} ${url.slice(0, 40)}` })),
  fc
    .tuple(fc.constantFrom<Method>('DELETE', 'PATCH', 'PUT', 'GET'), fc.constantFrom('/v1/sync/push', '/v1/sync/pull', '/v1/devices/enroll', '/v1/audit-events'))
    .map(([method, url]) => ({ method, url, headers: {}, label: `${method} ${url}` })),
  fc.tuple(fc.constantFrom<Method>('POST', 'PUT', 'DELETE'), fc.constantFrom('/v1/health', '/v1/sync/events')).map(([method, url]) => ({ method, url, headers: {}, label: `${method} ${url}` })),
  fc
    .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789/_.-'), { maxLength: 60 })
    .map((chars) => `/${chars.join('')}`)
    .map((url) => ({ method: 'GET' as const, url, headers: {}, label: `GET ${url}` })),
);

const preflightRequests: fc.Arbitrary<FuzzRequest> = fc
  .tuple(
    fc.constantFrom('/v1/sync/push', '/v1/health', '/v1/blobs/abc', '/nowhere'),
    fc.option(fc.constantFrom('app://attache', 'https://evil.example', 'null')),
    fc.option(fc.constantFrom('POST', 'PUT', 'DELETE')),
  )
  .map(([url, origin, method]) => ({
    method: 'OPTIONS' as const,
    url,
    headers: { ...(origin ? { origin } : {}), ...(method ? { 'access-control-request-method': method } : {}) },
    label: `OPTIONS ${url} from ${origin ?? 'no origin'} for ${method ?? 'no method'}`,
  }));

/** The endpoints requests are drawn over, with how often: the ones that take bodies most. */
export const endpointWeights: [Endpoint, number][] = [
  ['health', 1],
  ['enroll', 3],
  ['push', 8],
  ['pull', 3],
  ['events', 1],
  ['blobPut', 2],
  ['blobGet', 1],
  ['auditEvents', 3],
  ['preflight', 1],
  ['unknown', 1],
];

/** Requests to `endpoint`; `allowNext` lets pushes continue the device's mutation ids (they are then accepted). */
export function requestsTo(world: FuzzWorld, endpoint: Endpoint, allowNext = false): fc.Arbitrary<FuzzRequest> {
  if (endpoint === 'unknown') return strayRequests;
  if (endpoint === 'preflight') return preflightRequests;
  if (endpoint === 'enroll') {
    return fc.tuple(credentials(world), groundedEnroll(world)).chain(([c, body]) =>
      jsonRequest('/v1/devices/enroll', hostileBody(enrollRequestSchema, body, maxSmallBodyBytes), credentialHeaders(c), `enroll ${credentialLabel(c)}`),
    );
  }
  return credentials(world).chain((c) => {
    const headers = credentialHeaders(c);
    const label = `${endpoint} ${credentialLabel(c)}`;
    const actor = groundOf(world, c);
    switch (endpoint) {
      case 'health':
        return fc.tuple(fc.constantFrom<Method>('GET', 'HEAD'), withQuery).map(([method, query]) => ({ method, url: `/v1/health${query}`, headers, label }));
      case 'events':
        return fc.tuple(fc.constantFrom<Method>('GET', 'GET', 'HEAD'), withQuery).map(([method, query]) => ({ method, url: `/v1/sync/events${query}`, headers, label: `${method} ${label}` }));
      case 'blobPut':
      case 'blobGet':
        return blobRequest(world, headers, label);
      case 'push':
        return groundedPush(world, actor, allowNext).chain(({ idKind, ...body }) =>
          jsonRequest('/v1/sync/push', hostileBody(pushRequestSchema, body, maxPushBytes), headers, `${label}, ids ${idKind}`),
        );
      case 'pull':
        return groundedPull(world, actor).chain((body) => jsonRequest('/v1/sync/pull', hostileBody(pullRequestSchema, body, maxSmallBodyBytes), headers, label));
      case 'auditEvents':
        return groundedAuditEvents(world, actor).chain((body) =>
          jsonRequest('/v1/audit-events', hostileBody(auditEventsRequestSchema, body, maxAuditEventsBytes), headers, label),
        );
    }
  });
}

/** Requests over every endpoint of the contract, in `endpointWeights` proportions. */
export function anyRequest(world: FuzzWorld, allowNext = false): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(...endpointWeights.map(([endpoint, weight]) => ({ weight, arbitrary: requestsTo(world, endpoint, allowNext) })));
}
