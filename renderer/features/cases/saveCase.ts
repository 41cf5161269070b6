import { allocateCaseReference, commitChanges, RecordValidationError, type AttacheDb } from '../../db';
import { FormIssuesError } from '../../forms/useFormSave';
import {
  diffToChanges,
  formValuesToBundle,
  issueToFormName,
  newCaseBase,
  recordIssues,
  type CaseBundle,
  type CaseFormOutput,
  type FormIssue,
} from './caseForm';

/** The records would not pass the shared schemas; `issues` name the form fields to mark. Nothing was written. */
export class CaseFormIssuesError extends FormIssuesError {
  constructor(issues: FormIssue[]) {
    super(issues, 'Case form');
    this.name = 'CaseFormIssuesError';
  }
}

export interface SaveCaseInput {
  /** The case as it was when the form opened; null for a new case. */
  before: CaseBundle | null;
  /** The case id: the stored one, or the id given to the new case when the form opened. */
  caseId: string;
  values: CaseFormOutput;
  actor: string;
  deviceId: string;
  now?: Date;
}

/**
 * Saves the form in one transaction: a new case first gets its reference (so a failed save does
 * not use one up), then every record is checked with the full shared schemas and all changes go
 * to one `commitChanges`. Throws `CaseFormIssuesError` (with form field names) when anything is
 * invalid; on any error nothing is written. Returns the saved case.
 */
export async function saveCase(db: AttacheDb, input: SaveCaseInput): Promise<CaseBundle> {
  const now = input.now ?? new Date();
  return db.transaction('rw', db.tables, async () => {
    const base = input.before
      ? input.before.case
      : newCaseBase(input.caseId, await allocateCaseReference(db, input.deviceId, now), now);
    const after = formValuesToBundle(input.values, base);
    const issues = recordIssues(after);
    if (issues.length > 0) throw new CaseFormIssuesError(issues);
    try {
      await commitChanges(db, diffToChanges(input.before, after), { actor: input.actor, deviceId: input.deviceId, now: () => now });
    } catch (error) {
      if (!(error instanceof RecordValidationError)) throw error;
      const path = error.issues.map((i) => ({ ...i, parts: i.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) }));
      throw new CaseFormIssuesError(
        path.map((i) => ({ name: issueToFormName(after, error.table, error.id, i.parts), message: i.message })),
      );
    }
    return after;
  });
}
