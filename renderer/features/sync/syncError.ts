import type { ErrorCode } from '../../../shared/sync';

/**
 * Why a sync request failed. `code` is a wire error code (SYNC-PROTOCOL.md), or `network` when no
 * answer arrived (offline, DNS, reset connection; `status` 0), or `invalid_response` when an answer
 * did not match the wire schema.
 */
export type SyncErrorCode = ErrorCode | 'network' | 'invalid_response';

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly status: number,
    message: string,
    /** The error body's `details`, when the server sent any (e.g. `{ expected }` of a `mutation_gap`). */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

/**
 * Failures worth retrying at once with backoff: no answer, a server error or a rate limit. Every
 * other error needs a change on one side (a new app version, a new enrollment) first.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof SyncError)) return false;
  return error.code === 'network' || error.status === 429 || error.status >= 500;
}
