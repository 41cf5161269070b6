import { errorCodes } from '../../../shared/sync';
import { SyncError } from './syncError';

/** Every code with its own translated reason under `sync.errors.*`. */
const explainedCodes: ReadonlySet<string> = new Set([...errorCodes, 'network', 'invalid_response']);

/**
 * The i18n key of a sync failure's reason (`sync.errors.<code>`), shown as "Error: <reason>".
 * A code this build does not know (a newer server) falls back to `sync.errors.unknown`, never to
 * the server's English message.
 */
export function syncErrorKey(code: string | undefined): string {
  return code && explainedCodes.has(code) ? `sync.errors.${code}` : 'sync.errors.unknown';
}

/** The enrollment form's fields an error can be attached to; `form` = a message for the whole form. */
export type EnrollField = 'serverUrl' | 'code' | 'form';

export interface EnrollProblem {
  field: EnrollField;
  /** i18n key of the message. */
  key: string;
  /** Interpolation values (`reason` for `failed`: already an i18n key of a sync reason). */
  reasonKey?: string;
}

/**
 * Where and how to show why an enrollment failed. The server answers unknown, used and expired
 * codes alike (`unauthenticated`; `not_found` and `invalid_request` from other servers or for a
 * malformed code), so the code field says all three; no answer at all means the address is wrong
 * or the server is down; an answer that is not the wire contract means it is not an Attaché server.
 */
export function enrollProblemFor(error: unknown): EnrollProblem {
  if (!(error instanceof SyncError)) return { field: 'form', key: 'sync.enrollErrors.failed', reasonKey: 'sync.errors.unknown' };
  switch (error.code) {
    case 'network':
      return { field: 'serverUrl', key: 'sync.enrollErrors.unreachable' };
    case 'invalid_response':
      return { field: 'serverUrl', key: 'sync.enrollErrors.notAttache' };
    case 'unauthenticated':
    case 'not_found':
    case 'invalid_request':
    case 'forbidden':
      return { field: 'code', key: 'sync.enrollErrors.codeInvalid' };
    case 'client_outdated':
      return { field: 'form', key: 'sync.enrollErrors.outdated' };
    case 'rate_limited':
      return { field: 'form', key: 'sync.enrollErrors.busy' };
    default:
      return { field: 'form', key: 'sync.enrollErrors.failed', reasonKey: syncErrorKey(error.code) };
  }
}
