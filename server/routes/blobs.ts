import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isSha256Hex } from '../blobs/blobStore';
import type { AppDeps } from '../http/deps';
import { authenticateFirst, callerOf } from '../http/deps';
import { ServiceError } from '../services/errors';
import { sha256Hex } from '../services/secrets';
import { maxBlobBytes } from '../sync/protocol';

function hashParam(params: unknown): string {
  const sha256 = (params as { sha256?: string }).sha256 ?? '';
  if (!isSha256Hex(sha256)) throw new ServiceError('invalid_request', 'The path must end with a lower-case hex SHA-256');
  return sha256;
}

/**
 * `PUT /v1/blobs/{sha256}` (raw bytes, `application/octet-stream`) and `GET /v1/blobs/{sha256}`.
 * The server hashes what it receives and refuses bytes that do not match the path. A blob belongs
 * to the workspaces that uploaded it: another workspace gets 404 even if it knows the hash.
 *
 * The routes live in a plugin scope of their own so that only they accept raw bytes: every other
 * route refuses `application/octet-stream` (400) without reading it, instead of taking up to
 * `maxBlobBytes` of it before looking at the route.
 */
export function registerBlobRoutes(app: FastifyInstance, deps: AppDeps): void {
  void app.register(async (blobRoutes) => {
    blobRoutes.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: maxBlobBytes }, (_req, body, done) =>
      done(null, body),
    );
    blobRoutes.put('/v1/blobs/:sha256', { bodyLimit: maxBlobBytes, ...authenticateFirst(deps) }, (request) => putBlob(deps, request));
    blobRoutes.get('/v1/blobs/:sha256', authenticateFirst(deps), (request, reply) => getBlob(deps, request, reply));
  });
}

async function putBlob(deps: AppDeps, request: FastifyRequest) {
  const who = callerOf(request);
  if (who.role === 'viewer') throw new ServiceError('forbidden', 'A viewer cannot upload attachments');
  const sha256 = hashParam(request.params);
  if (!Buffer.isBuffer(request.body)) {
    throw new ServiceError('invalid_request', 'Send the bytes as application/octet-stream');
  }
  const bytes = request.body;
  if (sha256Hex(bytes) !== sha256) throw new ServiceError('invalid_request', 'The bytes do not match their SHA-256');
  await deps.blobs.put(sha256, bytes);
  await deps.sql.query(
    'INSERT INTO blobs (workspace_id, sha256, size) VALUES ($1, $2, $3) ON CONFLICT (workspace_id, sha256) DO NOTHING',
    [who.workspaceId, sha256, bytes.length],
  );
  return { sha256, size: bytes.length };
}

async function getBlob(deps: AppDeps, request: FastifyRequest, reply: FastifyReply) {
  const who = callerOf(request);
  const sha256 = hashParam(request.params);
  const known = await deps.sql.query('SELECT 1 FROM blobs WHERE workspace_id = $1 AND sha256 = $2', [who.workspaceId, sha256]);
  const bytes = known.length > 0 ? await deps.blobs.get(sha256) : null;
  if (!bytes) throw new ServiceError('not_found', 'No such blob in this workspace');
  return reply
    .type('application/octet-stream')
    // Never in a disk cache: the device keeps attachments sealed, a browser cache would not.
    .header('cache-control', 'no-store')
    .send(Buffer.from(bytes));
}
