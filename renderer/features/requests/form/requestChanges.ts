// From form output to what one commit writes, and from a record's issues back to the form field
// that edits it.
import type { z } from 'zod';
import { checkRequestEdit, isRequestFrozen, msg, requestQuestionContentFields, requestQuestionSchema, verificationRequestSchema } from '../../../../shared/domain';
import type { RequestQuestion, VerificationRequest } from '../../../../shared/domain';
import type { Change } from '../../../db';
import type { FormIssue } from '../../../forms/useFormSave';

export type { FormIssue };

/** A request with its question rows, as stored or as a save would write them. */
export interface RequestBundle {
  request: VerificationRequest;
  questions: RequestQuestion[];
}

/** Where a question row's field is edited in the form. */
function questionPath(index: number, path: readonly PropertyKey[]): string {
  const [head, item] = path;
  if (head === 'documentsRequested') return item === undefined ? `questions.${index}.documents` : `questions.${index}.documents.${String(item)}.name`;
  if (head === 'text') return `questions.${index}.text`;
  return '';
}

/** Fields the form does not edit: issues on them cannot be shown at a field. */
const unedited = new Set(['id', 'caseId', 'sentOn', 'acknowledgementDueOn', 'acknowledgedOn', 'extensions', 'replyReceivedOn', 'status', 'outcome', 'findings', 'amendmentOf', 'amendmentNo', 'frozenAt', 'createdAt', 'updatedAt']);

/** Where a request field is edited in the form. */
export function requestPath(path: readonly PropertyKey[]): string {
  return path.length === 0 || unedited.has(String(path[0])) ? '' : path.map(String).join('.');
}

/** Issues of a record by its table and id (as `commitChanges` reports them), named by form field. */
export function issueToFormName(after: RequestBundle, table: string, id: string, path: readonly PropertyKey[]): string {
  if (table === 'verificationRequests') return requestPath(path);
  if (table !== 'requestQuestions') return '';
  const index = after.questions.findIndex((x) => x.id === id);
  return index < 0 ? '' : questionPath(index, path);
}

/** Every record a save would write checked with the full shared schemas, named by form field. */
export function recordIssues(after: RequestBundle): FormIssue[] {
  const issues: FormIssue[] = [];
  const check = (schema: z.ZodType, record: unknown, name: (path: readonly PropertyKey[]) => string) => {
    const result = schema.safeParse(record);
    if (!result.success) for (const i of result.error.issues) issues.push({ name: name(i.path), message: i.message });
  };
  check(verificationRequestSchema, after.request, requestPath);
  after.questions.forEach((row, i) => check(requestQuestionSchema, row, (path) => questionPath(i, path)));
  return issues;
}

/** The content of a question, which is frozen with its sent request (its answer is tracking). */
const questionContent = (x: RequestQuestion) => JSON.stringify(requestQuestionContentFields.map((f) => x[f]));

/**
 * Issues for an edit that would change a sent request's content: its frozen fields
 * (`checkRequestEdit`) and its questions (added, removed, reworded or renumbered).
 */
export function frozenIssues(before: RequestBundle, after: RequestBundle): FormIssue[] {
  const issues = checkRequestEdit(before.request, after.request).map((i) => ({ name: requestPath(i.path), message: i.message }));
  if (!isRequestFrozen(before.request)) return issues;
  const old = new Map(before.questions.map((x) => [x.id, questionContent(x)]));
  const same = after.questions.length === before.questions.length && after.questions.every((x) => old.get(x.id) === questionContent(x));
  if (!same) issues.push({ name: 'questions', message: msg.requestFrozen });
  return issues;
}

/** Fields stamped by the data layer, never compared or written by the form. */
const unmanaged = new Set(['id', 'updatedAt']);

function changedFields(before: object, after: object): Record<string, unknown> {
  const b = before as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (!unmanaged.has(key) && JSON.stringify(b[key]) !== JSON.stringify(value)) fields[key] = value;
  }
  return fields;
}

/**
 * The changes that turn `before` (null for a new request) into `after`: the request first (a new
 * one whole, else its changed fields), then each question added or changed, then each removed
 * question deleted. Unchanged records write nothing.
 */
export function requestChanges(before: RequestBundle | null, after: RequestBundle): Change[] {
  const changes: Change[] = [];
  const put = (table: Change['table'], id: string, fields: Record<string, unknown>) => {
    if (Object.keys(fields).length > 0) changes.push({ table, id, op: 'put', fields });
  };
  const { id, ...fields } = after.request;
  put('verificationRequests', id, before ? changedFields(before.request, after.request) : fields);
  const old = new Map((before?.questions ?? []).map((x) => [x.id, x]));
  for (const row of after.questions) {
    const previous = old.get(row.id);
    const { id: questionId, ...questionFields } = row;
    put('requestQuestions', questionId, previous ? changedFields(previous, row) : questionFields);
    old.delete(row.id);
  }
  for (const questionId of old.keys()) changes.push({ table: 'requestQuestions', id: questionId, op: 'delete' });
  return changes;
}
