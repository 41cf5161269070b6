import { commitChanges, RecordValidationError, type AttacheDb } from '../../../db';
import { FormIssuesError } from '../../../forms/useFormSave';
import { formValuesToQuestions, formValuesToRequest, newRequestBase, requestBaseOf, type RequestFormOutput } from './requestForm';
import { frozenIssues, issueToFormName, recordIssues, requestChanges, type FormIssue, type RequestBundle } from './requestChanges';

/** The records would not pass the shared rules; `issues` name the form fields to mark. Nothing was written. */
export class RequestFormIssuesError extends FormIssuesError {
  constructor(issues: FormIssue[]) {
    super(issues, 'Request form');
    this.name = 'RequestFormIssuesError';
  }
}

/** The request was sent: its content is a legal document and changes only by an amendment. Nothing was written. */
export class RequestFrozenError extends RequestFormIssuesError {
  constructor(issues: FormIssue[]) {
    super(issues);
    this.name = 'RequestFrozenError';
  }
}

export interface SaveRequestInput {
  /** The request and its questions as they were when the form opened; null for a new request. */
  before: RequestBundle | null;
  /** The stored id, or the id given to the new request when the form opened. */
  requestId: string;
  /** The case a new request belongs to (ignored when editing: a request never changes case). */
  caseId: string;
  values: RequestFormOutput;
  actor: string;
  deviceId: string;
  now?: Date;
}

/**
 * Saves the form in one commit: the request, then its questions added, changed and removed
 * (each question its own row, so two devices adding questions never conflict). Every record is
 * checked with the shared schemas first; a sent request's frozen content is refused
 * (`RequestFrozenError`). On any error nothing is written. Returns what was saved.
 */
export async function saveRequest(db: AttacheDb, input: SaveRequestInput): Promise<RequestBundle> {
  const now = input.now ?? new Date();
  const base = input.before ? requestBaseOf(input.before.request) : newRequestBase(input.requestId, input.caseId, now);
  const after: RequestBundle = {
    request: formValuesToRequest(input.values, base),
    questions: formValuesToQuestions(input.values, base.id, input.before?.questions ?? []),
  };
  if (input.before) {
    const frozen = frozenIssues(input.before, after);
    if (frozen.length > 0) throw new RequestFrozenError(frozen);
  }
  const issues = recordIssues(after);
  if (issues.length > 0) throw new RequestFormIssuesError(issues);
  try {
    await commitChanges(db, requestChanges(input.before, after), { actor: input.actor, deviceId: input.deviceId, now: () => now });
  } catch (error) {
    if (!(error instanceof RecordValidationError)) throw error;
    const parts = (path: string) => path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    throw new RequestFormIssuesError(error.issues.map((i) => ({ name: issueToFormName(after, error.table, error.id, parts(i.path)), message: i.message })));
  }
  return after;
}
