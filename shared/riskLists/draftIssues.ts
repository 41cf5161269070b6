import { issueMessage, type IssuePlace } from './issueMessage';
import type { DraftIssue } from './riskEntryDraft';
import type { RowError } from './rowError';

/**
 * Turns the schema's issues on one entry into RowErrors. `locate` names the issue's place in the
 * file's own terms (CSV column or JSON path, the text as written); each format knows its own.
 */
export function rowErrorsOf(row: number, issues: readonly DraftIssue[], locate: (path: readonly PropertyKey[]) => IssuePlace | null): RowError[] {
  return issues.map((issue) => {
    const place = locate(issue.path);
    if (!place) return { row, column: null, value: '', message: issueMessage(issue.message, { column: 'this entry', value: '' }) };
    return { row, column: place.column, value: place.value, message: issueMessage(issue.message, place) };
  });
}
