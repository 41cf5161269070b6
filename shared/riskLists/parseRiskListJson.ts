import type { z } from 'zod';
import { handlingCodes, riskCategories, riskEntryFieldsSchema, riskEntryStatuses, riskLevels, riskSubjectTypes } from '../domain/riskEntry';
import { riskListSchema } from '../domain/riskList';
import { rowErrorsOf } from './draftIssues';
import { problemAt, type DetailedRowError } from './fileProblems';
import { findDuplicates, type DraftAtRow } from './findDuplicates';
import { issueProblem } from './issueProblem';
import { withPlainErrors, type DetailedRiskList, type ParsedRiskList } from './parseRiskListCsv';
import { blankDraftFields, checkDraft, hsLevelOf } from './riskEntryDraft';

/**
 * The list metadata a JSON file may carry (the import dialog's fields, all optional: the dialog
 * shows them for the official to confirm). Ids and dates of the record are the import's.
 */
export const riskListJsonMetadataSchema = riskListSchema
  .pick({ name: true, ownerAuthority: true, source: true, edition: true, issuedOn: true, receivedOn: true, classification: true, description: true })
  .partial();
export type RiskListJsonMetadata = z.infer<typeof riskListJsonMetadataSchema>;

/** Accepted codes of the fields that take one, named in a choice's message. */
const allowedInField: Record<string, readonly string[]> = {
  subjectType: riskSubjectTypes,
  riskCategories,
  riskLevel: riskLevels,
  status: riskEntryStatuses,
  handlingCode: handlingCodes,
};

const entryFields = new Set(Object.keys(riskEntryFieldsSchema.shape));
// An exported list carries its own ids; the import assigns new ones, so these are read past.
const assignedByImport = new Set(['id', 'listId']);

/** `['identifiers', 0, 'value']` → `identifiers[0].value`, as a reader of the JSON would write it. */
function jsonPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), root);
}

function readEntry(row: number, raw: unknown): { draft: DraftAtRow['draft'] | null; errors: DetailedRowError[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { draft: null, errors: [problemAt(row, null, textOf(raw), { code: 'json.entryNotObject', params: {} })] };
  }
  const given = raw as Record<string, unknown>;
  const unknown = Object.keys(given).filter((k) => !entryFields.has(k));
  const errors = unknown.map((k) => problemAt(row, k, textOf(given[k]), { code: 'json.unknownField', params: { column: k } }));
  const known = Object.fromEntries(Object.entries(given).filter(([k]) => entryFields.has(k) && !assignedByImport.has(k)));
  const input = {
    ...blankDraftFields(),
    status: 'active',
    handlingCode: 'needToKnow',
    riskLevel: null,
    hsLevel: hsLevelOf(given['hsCode']),
    ...known,
  };
  const { draft, issues } = checkDraft(input);
  errors.push(
    ...rowErrorsOf(row, issues, (path) => {
      const value = textOf(valueAt(input, path));
      const id = path[0] === 'identifiers' ? valueAt(input, path.slice(0, 2)) : undefined;
      const scheme = textOf(valueAt(id, ['scheme']));
      const allowed = allowedInField[String(path[0])];
      return { column: jsonPath(path), value, ...(allowed ? { allowed } : {}), ...(id && scheme ? { identifier: { scheme, value: textOf(valueAt(id, ['value'])) } } : {}) };
    }),
  );
  return { draft: errors.length === 0 ? draft : null, errors };
}

/**
 * Reads our JSON form of a risk list:
 *
 * ```json
 * { "list": { "name": "…", "ownerAuthority": "…", "edition": "2026/1", … },
 *   "entries": [ { "sourceRef": "17", "subjectType": "company", "primaryName": "Công ty TNHH …",
 *                  "identifiers": [{ "scheme": "VN_MST", "value": "0100233488" }], … } ] }
 * ```
 *
 * `list` is optional (`riskListJsonMetadataSchema`); each entry has the camelCase `RiskEntry`
 * fields, any of which may be left out except `subjectType` and a name or HS code: omitted text
 * is `''`, lists `[]`, dates null, `status` active, `handling_code` need-to-know (as in the CSV),
 * `riskLevel` null (the dialog's level), `hsLevel` derived. `id` and `listId` are ignored (the
 * import assigns them); any other unknown field is an error. `row` is the entry's index + 1, so
 * `entries[0]` is row 1; row 0 is the document (not JSON, no `entries`, bad `list`).
 */
export function parseRiskListJson(text: string): ParsedRiskList {
  return withPlainErrors(readRiskListJson(text));
}

/** `parseRiskListJson` with each error's problem, to be told in the UI language (the import worker's). */
export function readRiskListJson(text: string): DetailedRiskList {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // The parser's own words (English, with the position) are the only clue to where the file breaks.
    return { entries: [], errors: [problemAt(0, null, '', { code: 'json.invalid', params: { detail: (e as Error).message } })] };
  }
  const root = document !== null && typeof document === 'object' && !Array.isArray(document) ? (document as Record<string, unknown>) : null;
  if (!root || !Array.isArray(root['entries'])) {
    return { entries: [], errors: [problemAt(0, 'entries', textOf(root?.['entries']), { code: 'json.noEntries', params: {} })] };
  }
  const errors: DetailedRowError[] = [];
  if (root['list'] !== undefined) {
    const list = riskListJsonMetadataSchema.safeParse(root['list']);
    for (const issue of list.error?.issues ?? []) {
      const column = jsonPath(['list', ...issue.path]);
      const value = textOf(valueAt(root['list'], issue.path));
      errors.push(problemAt(0, column, value, issueProblem(issue.message, { column, value })));
    }
  }
  const drafts: DraftAtRow[] = [];
  root['entries'].forEach((raw: unknown, i: number) => {
    const read = readEntry(i + 1, raw);
    errors.push(...read.errors);
    if (read.draft) drafts.push({ row: i + 1, draft: read.draft });
  });
  const { kept, errors: duplicates } = findDuplicates(drafts, { sourceRef: 'sourceRef', name: 'primaryName', hsCode: 'hsCode', goodsDescription: 'goodsDescription' });
  return { entries: kept.map((k) => k.draft), errors: [...errors, ...duplicates].sort((a, b) => a.row - b.row) };
}
