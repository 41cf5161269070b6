// The case form's values and their mapping to records. The form edits a case together with its
// child rows (parties, goods, shipments, proofs of origin, deadlines); a save turns the result into
// the `Change[]` that one `commitChanges` call writes, so a new case is all-or-nothing and an edit
// touches only what the officer changed.
import { z } from 'zod';
import {
  adCvdOrderSchema,
  caseFieldsSchema,
  caseSchema,
  deadlineSchema,
  goodsLineSchema,
  partySchema,
  proofOfOriginSchema,
  shipmentFieldsSchema,
  shipmentSchema,
} from '../../../shared/domain';
import type { Case, Deadline, GoodsLine, Party, ProofOfOrigin, Shipment } from '../../../shared/domain';
import type { Change } from '../../db';
import type { FormIssue } from '../../forms/useFormSave';

export type { FormIssue };

/** A case with every child row the form edits. Child rows carry the case's id in `caseId`. */
export interface CaseBundle {
  case: Case;
  parties: Party[];
  goods: GoodsLine[];
  shipments: Shipment[];
  proofsOfOrigin: ProofOfOrigin[];
  deadlines: Deadline[];
}

export const caseChildTables = ['parties', 'goods', 'shipments', 'proofsOfOrigin', 'deadlines'] as const;
export type CaseChildTable = (typeof caseChildTables)[number];

/** Splits a comma/semicolon/newline separated list, trimming and dropping empties. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A text box holding a list; each item is checked with `item` and reported on the box itself. */
function listText(item: z.ZodType) {
  return z.string().superRefine((text, ctx) => {
    for (const part of splitList(text)) {
      const result = item.safeParse(part);
      if (!result.success) {
        ctx.addIssue({ code: 'custom', message: result.error.issues[0]?.message ?? 'validation.invalidType' });
        return;
      }
    }
  });
}

// Plain (unrefined) field schemas: zod cannot pick from refined objects, and the refinements
// are applied to whole records by `recordIssues`.
const c = caseFieldsSchema.shape;
const { containers: _containers, ...shipmentShape } = shipmentFieldsSchema.shape;

/** A shipment row in the form: containers are typed as one comma-separated text. */
const shipmentFormRowSchema = z.object({ ...shipmentShape, containersText: listText(shipmentFieldsSchema.shape.containers.element) });

/**
 * The form schema, made of the shared record schemas' own fields so that the form and
 * `commitChanges` agree on what is valid. Case-level lists (tags, AD/CVD orders) are edited as
 * text. Whole-record rules (refinements across fields) are re-checked by `recordIssues` at save.
 */
export const caseFormSchema = z.object({
  title: c.title,
  type: c.type,
  direction: c.direction,
  partnerCountry: c.partnerCountry,
  priority: c.priority,
  confidentiality: c.confidentiality,
  legalBasis: c.legalBasis,
  assignee: c.assignee,
  openedOn: c.openedOn,
  summary: c.summary,
  tagsText: listText(c.tags.element),
  adCvdOrdersText: listText(adCvdOrderSchema),
  /** Other cases this one is linked to; never itself (checked on the whole record by `recordIssues`). */
  linkedCaseIds: c.linkedCaseIds,
  parties: z.array(partySchema),
  goods: z.array(goodsLineSchema),
  shipments: z.array(shipmentFormRowSchema),
  proofsOfOrigin: z.array(proofOfOriginSchema),
  deadlines: z.array(deadlineSchema),
});

export type CaseFormValues = z.input<typeof caseFormSchema>;
export type CaseFormOutput = z.output<typeof caseFormSchema>;
export type ShipmentFormRow = CaseFormValues['shipments'][number];

/** The case fields the form does not edit; they come from the stored case or a new one. */
export type CaseBase = Pick<
  Case,
  'id' | 'reference' | 'status' | 'outcome' | 'createdAt' | 'updatedAt' | 'archivedAt'
>;

export function newCaseBase(id: string, reference: string, now: Date): CaseBase {
  const at = now.toISOString();
  return { id, reference, status: 'draft', outcome: null, createdAt: at, updatedAt: at, archivedAt: null };
}

export function emptyCaseFormValues(assignee: string): CaseFormValues {
  return {
    title: '',
    type: 'originVerification',
    direction: 'outgoing',
    partnerCountry: '',
    priority: 'normal',
    confidentiality: 'officialUse',
    legalBasis: '',
    assignee,
    openedOn: null,
    summary: '',
    tagsText: '',
    adCvdOrdersText: '',
    linkedCaseIds: [],
    parties: [],
    goods: [],
    shipments: [],
    proofsOfOrigin: [],
    deadlines: [],
  };
}

/** Form values for a stored case; child rows are copies, so editing never touches `b`. */
export function bundleToFormValues(stored: CaseBundle): CaseFormValues {
  const b = structuredClone(stored);
  const k = b.case;
  return {
    title: k.title,
    type: k.type,
    direction: k.direction,
    partnerCountry: k.partnerCountry,
    priority: k.priority,
    confidentiality: k.confidentiality,
    legalBasis: k.legalBasis,
    assignee: k.assignee,
    openedOn: k.openedOn,
    summary: k.summary,
    tagsText: k.tags.join(', '),
    adCvdOrdersText: k.adCvdOrders.join(', '),
    linkedCaseIds: k.linkedCaseIds,
    parties: b.parties,
    goods: [...b.goods].sort((x, y) => x.lineNo - y.lineNo),
    shipments: b.shipments.map(({ containers, ...rest }) => ({ ...rest, containersText: containers.join(', ') })),
    proofsOfOrigin: b.proofsOfOrigin,
    deadlines: b.deadlines,
  };
}

/** Turns validated form output into records; goods lines are numbered in their on-screen order. */
export function formValuesToBundle(v: CaseFormOutput, base: CaseBase): CaseBundle {
  const caseId = base.id;
  return {
    case: {
      ...base,
      title: v.title,
      type: v.type,
      direction: v.direction,
      partnerCountry: v.partnerCountry,
      priority: v.priority,
      confidentiality: v.confidentiality,
      legalBasis: v.legalBasis,
      assignee: v.assignee,
      openedOn: v.openedOn,
      summary: v.summary,
      tags: [...new Set(splitList(v.tagsText))],
      adCvdOrders: [...new Set(splitList(v.adCvdOrdersText).map((o) => o.toUpperCase()))],
      linkedCaseIds: [...v.linkedCaseIds],
    } as Case,
    parties: v.parties.map((p) => ({ ...p, caseId }) as Party),
    goods: v.goods.map((g, i) => ({ ...g, caseId, lineNo: i + 1 }) as GoodsLine),
    shipments: v.shipments.map(({ containersText, ...s }) => ({ ...s, caseId, containers: splitList(containersText) }) as Shipment),
    proofsOfOrigin: v.proofsOfOrigin.map((p) => ({ ...p, caseId }) as ProofOfOrigin),
    deadlines: v.deadlines.map((d) => ({ ...d, caseId }) as Deadline),
  };
}

const recordSchemasByTable = {
  parties: partySchema,
  goods: goodsLineSchema,
  shipments: shipmentSchema,
  proofsOfOrigin: proofOfOriginSchema,
  deadlines: deadlineSchema,
} as const;

/** Where a record field is edited in the form (lists edited as text map back to their box). */
function formPath(table: 'cases' | CaseChildTable, index: number, path: readonly PropertyKey[]): string {
  const [head] = path;
  if (table === 'cases') {
    if (head === 'tags') return 'tagsText';
    if (head === 'adCvdOrders') return 'adCvdOrdersText';
    if (head === 'linkedCaseIds') return 'linkedCaseIds';
    return path.map(String).join('.');
  }
  if (table === 'shipments' && head === 'containers') return `shipments.${index}.containersText`;
  return [table, index, ...path].map(String).join('.');
}

/**
 * Validates the records a save would write with the full shared schemas (including rules that
 * span fields) and reports each problem against the form field that edits it.
 */
export function recordIssues(bundle: CaseBundle): FormIssue[] {
  const issues: FormIssue[] = [];
  const check = (table: 'cases' | CaseChildTable, index: number, schema: z.ZodType, record: unknown) => {
    const result = schema.safeParse(record);
    if (!result.success) for (const i of result.error.issues) issues.push({ name: formPath(table, index, i.path), message: i.message });
  };
  check('cases', 0, caseSchema, bundle.case);
  for (const table of caseChildTables) bundle[table].forEach((row, i) => check(table, i, recordSchemasByTable[table], row));
  return issues;
}

/** Maps a stored record's issue (as thrown by commitChanges) to the form field, if the form edits it. */
export function issueToFormName(bundle: CaseBundle, table: string, id: string, path: readonly PropertyKey[]): string {
  if (table === 'cases') return formPath('cases', 0, path);
  const child = caseChildTables.find((t) => t === table);
  if (!child) return '';
  const index = bundle[child].findIndex((r) => r.id === id);
  return index < 0 ? '' : formPath(child, index, path);
}

/** Fields stamped by the data layer, never compared or written by the form. */
const unmanagedCaseFields = new Set(['updatedAt']);

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function changedFields(before: object, after: object, skip: Set<string>): Record<string, unknown> {
  const b = before as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (skip.has(key) || key === 'id') continue;
    if (!sameValue(b[key], value)) fields[key] = value;
  }
  return fields;
}

const noSkip = new Set<string>();

/**
 * The changes that turn `before` (null for a new case) into `after`: a new record is one
 * complete put; an existing one is a put of the changed fields only (none if nothing changed);
 * a child row missing from `after` is deleted. The case comes first so a new case exists before
 * its children reference it.
 */
export function diffToChanges(before: CaseBundle | null, after: CaseBundle): Change[] {
  const changes: Change[] = [];
  const put = (table: Change['table'], id: string, fields: Record<string, unknown>) => {
    if (Object.keys(fields).length > 0) changes.push({ table, id, op: 'put', fields });
  };
  const { id: caseId, ...caseFields } = after.case;
  put('cases', caseId, before ? changedFields(before.case, after.case, unmanagedCaseFields) : caseFields);
  for (const table of caseChildTables) {
    const old = new Map<string, object>((before?.[table] ?? []).map((r) => [r.id, r]));
    for (const row of after[table]) {
      const previous = old.get(row.id);
      const { id, ...fields } = row;
      put(table, id, previous ? changedFields(previous, row, noSkip) : fields);
      old.delete(row.id);
    }
    for (const id of old.keys()) changes.push({ table, id, op: 'delete' });
  }
  return changes;
}
