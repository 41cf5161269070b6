import { problemAt, type DetailedRowError } from './fileProblems';
import { issueProblem, type IssuePlace } from './issueProblem';
import type { DraftIssue } from './riskEntryDraft';

/**
 * Turns the schema's issues on one entry into RowErrors. `locate` names the issue's place in the
 * file's own terms (CSV column or JSON path, the text as written); each format knows its own.
 */
export function rowErrorsOf(row: number, issues: readonly DraftIssue[], locate: (path: readonly PropertyKey[]) => IssuePlace | null): DetailedRowError[] {
  return issues.map((issue) => {
    const place = locate(issue.path);
    return problemAt(row, place?.column ?? null, place?.value ?? '', issueProblem(issue.message, place));
  });
}
