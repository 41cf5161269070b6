import type { ErrorCode } from '../../shared/sync/wire';

/**
 * An expected failure with its protocol code (SYNC-PROTOCOL.md error table). The HTTP layer turns
 * it into `{ error: { code, message, details? } }` with the code's status; the admin CLI prints it.
 * Anything thrown that is not a `ServiceError` is answered `internal`, without its message.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
