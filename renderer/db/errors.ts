import type { SyncedTable } from '../../shared/domain';

/** One failed check of a record: `path` is dot-separated (react-hook-form style), `message` an i18n key. */
export interface RecordIssue {
  path: string;
  message: string;
}

/** A merged record failed its zod schema; nothing of the commit was written. */
export class RecordValidationError extends Error {
  constructor(
    readonly table: SyncedTable,
    readonly id: string,
    readonly issues: RecordIssue[],
  ) {
    super(`Invalid ${table} record ${id}: ${issues.map((i) => `${i.path || '(record)'} ${i.message}`).join('; ')}`);
    this.name = 'RecordValidationError';
  }
}

/** A status move the shared state machine does not allow; nothing of the commit was written. */
export class StatusTransitionError extends Error {
  constructor(
    readonly table: SyncedTable,
    readonly id: string,
    readonly from: string,
    readonly to: string,
  ) {
    super(`Illegal ${table} status change ${from} → ${to} for ${id}`);
    this.name = 'StatusTransitionError';
  }
}

/** A delete or an edit of a record that does not exist or is already deleted; nothing was written. */
export class RecordMissingError extends Error {
  constructor(
    readonly table: SyncedTable,
    readonly id: string,
  ) {
    super(`No live ${table} record ${id}`);
    this.name = 'RecordMissingError';
  }
}

/**
 * A write the server would refuse as `forbidden_table`: conflicts and field history are written
 * by the server only, and a device may only resolve an existing conflict. Nothing was written.
 */
export class ServerAuthoredWriteError extends Error {
  constructor(
    readonly table: SyncedTable,
    readonly id: string,
  ) {
    super(`Only the server writes ${table} (${id}); a device may only resolve an existing conflict`);
    this.name = 'ServerAuthoredWriteError';
  }
}
