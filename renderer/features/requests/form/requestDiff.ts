import type { RequestQuestion, VerificationRequest } from '../../../../shared/domain';

/** A label: an i18n key and its parameters. */
export interface DiffLabel {
  key: string;
  params?: Record<string, string | number>;
}

/** How a value reads: as text, or as an enumeration's label under `records.values.<enum>`. */
export type DiffValueKind = { enum: string } | 'text' | 'list' | 'date' | 'hsCode' | 'number' | 'contact' | 'attachments' | 'identifiers';

/** One field that differs between a sent request and its amendment. */
export interface RequestDiffEntry {
  /** Where the value sits, e.g. `exporter.name`, `goodsLines.2.hsCode`, `questions.1.text`. */
  path: string;
  /** The section it belongs to (e.g. "Exporter", "Goods line 2"). */
  group: DiffLabel;
  /** The field's own label, as the form names it. */
  label: DiffLabel;
  kind: DiffValueKind;
  before: unknown;
  after: unknown;
}

const F = 'requestForm.fields';
const S = 'requestForm.sections';

type FieldSpec = readonly [field: string, kind: DiffValueKind];

const e = (name: string): DiffValueKind => ({ enum: name });

/** The request's own fields, by section, in the form's order (content only: tracking is not amended). */
const headerFields: readonly FieldSpec[] = [
  ['subject', 'text'],
  ['direction', e('caseDirection')],
  ['ourReference', 'text'],
  ['theirReference', 'text'],
  ['requestType', e('requestType')],
  ['verificationMethod', e('verificationMethod')],
  ['legalInstrument', e('legalInstrument')],
  ['legalArticle', 'text'],
  ['requestingAuthority', 'text'],
  ['requestedAuthority', 'text'],
  ['ourContactId', 'contact'],
  ['theirContactId', 'contact'],
  ['language', e('requestLanguage')],
  ['urgency', e('requestUrgency')],
  ['confidentiality', e('confidentiality')],
  ['transmissionChannel', e('transmissionChannel')],
  ['replyDueOn', 'date'],
  ['attachmentIds', 'attachments'],
];

const partyFields: readonly FieldSpec[] = [['name', 'text'], ['address', 'text'], ['country', 'text'], ['identifiers', 'identifiers']];

/** Nested parts: their section and their fields. */
const parts: readonly (readonly [part: string, fields: readonly FieldSpec[], labelPrefix: string])[] = [
  ['proofOfOrigin', [['kind', e('proofKind')], ['number', 'text'], ['issueDate', 'date'], ['issuingBody', 'text']], 'proofOfOrigin'],
  ['exporter', partyFields, 'party'],
  ['producer', partyFields, 'party'],
  ['importer', partyFields, 'party'],
  ['invoice', [['number', 'text'], ['date', 'date'], ['value', 'number'], ['currency', 'text']], 'invoice'],
  ['transport', [['billOfLading', 'text'], ['vessel', 'text'], ['portOfLoading', 'text'], ['portOfDischarge', 'text'], ['departureDate', 'date']], 'transport'],
  [
    'grounds',
    [['selectionBasis', e('selectionBasis')], ['doubtCategories', { enum: 'doubtCategory' }], ['specificIssue', 'text'], ['factsSummary', 'text'], ['enquiriesMade', 'text']],
    'grounds',
  ],
  ['visitProposal', [['proposedFrom', 'date'], ['proposedTo', 'date'], ['sites', 'text'], ['team', 'text']], 'visit'],
];

const goodsFields: readonly FieldSpec[] = [
  ['description', 'text'],
  ['hsCode', 'hsCode'],
  ['originCriterion', 'text'],
  ['quantity', 'number'],
  ['unit', 'text'],
  ['value', 'number'],
  ['currency', 'text'],
];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

type Row = Readonly<Record<string, unknown>> | null | undefined;

/**
 * What an amendment changes, field by field, in the form's order: the request's own fields,
 * each part (proof, parties, invoice, transport, grounds, visit), each goods line by its number
 * and each question by its number (a line or question only on one side shows all its fields
 * against nothing). Used for the amendment's visible diff and its letter.
 */
export function requestDiff(
  before: VerificationRequest,
  after: VerificationRequest,
  beforeQuestions: readonly RequestQuestion[],
  afterQuestions: readonly RequestQuestion[],
): RequestDiffEntry[] {
  const entries: RequestDiffEntry[] = [];
  const compare = (path: string, group: DiffLabel, label: DiffLabel, kind: DiffValueKind, a: unknown, b: unknown) => {
    if (!same(a, b)) entries.push({ path, group, label, kind, before: a ?? null, after: b ?? null });
  };
  const header = { key: `${S}.header` };
  for (const [field, kind] of headerFields) {
    compare(field, header, { key: `${F}.${field}` }, kind, before[field as keyof VerificationRequest], after[field as keyof VerificationRequest]);
  }
  const compareParts = (which: (part: string) => boolean) => {
    for (const [part, fields, prefix] of parts.filter(([p]) => which(p))) {
      const a = before[part as keyof VerificationRequest] as Row;
      const b = after[part as keyof VerificationRequest] as Row;
      for (const [field, kind] of fields) compare(`${part}.${field}`, { key: `${S}.${part}` }, { key: `${F}.${prefix}.${field}` }, kind, a?.[field], b?.[field]);
    }
  };
  const afterGoods = (part: string) => part === 'grounds' || part === 'visitProposal';
  compareParts((part) => !afterGoods(part));
  const lines = Math.max(before.goodsLines.length, after.goodsLines.length);
  for (let i = 0; i < lines; i++) {
    const a = before.goodsLines[i] as Row;
    const b = after.goodsLines[i] as Row;
    for (const [field, kind] of goodsFields) {
      compare(`goodsLines.${i}.${field}`, { key: `${S}.goodsLine`, params: { n: i + 1 } }, { key: `${F}.goods.${field}` }, kind, a?.[field], b?.[field]);
    }
  }
  compareParts(afterGoods);
  const sorted = (xs: readonly RequestQuestion[]) => [...xs].sort((x, y) => x.number - y.number);
  const qa = sorted(beforeQuestions);
  const qb = sorted(afterQuestions);
  for (let i = 0; i < Math.max(qa.length, qb.length); i++) {
    const group = { key: `${S}.question`, params: { n: i + 1 } };
    compare(`questions.${i}.text`, group, { key: `${F}.question.text` }, 'text', qa[i]?.text, qb[i]?.text);
    compare(`questions.${i}.documentsRequested`, group, { key: `${F}.question.documents` }, 'list', qa[i]?.documentsRequested, qb[i]?.documentsRequested);
  }
  return entries;
}
