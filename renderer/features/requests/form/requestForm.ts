// The request form's values and their mapping to records. The form edits one verification
// request together with its numbered questions, which are `requestQuestions` rows of their own
// (two devices adding a question each never touch the same record). A save turns the result into
// the `Change[]` of one `commitChanges` call.
import { z } from 'zod';
import {
  checkRequestReadyToSend,
  idSchema,
  requestGoodsLineSchema,
  requestQuestionSchema,
  verificationRequestFieldsSchema,
  visitProposalSchema,
} from '../../../../shared/domain';
import type { RequestQuestion, VerificationRequest } from '../../../../shared/domain';

const f = verificationRequestFieldsSchema.shape;
const q = requestQuestionSchema.shape;

/** A document asked for under a question; an object so the form can add, remove and move it. */
const documentRowSchema = z.object({ name: q.documentsRequested.element });

/** A question as the form edits it: its text and documents; its number is its place on screen. */
export const questionFormRowSchema = z.object({ id: idSchema, text: q.text, documents: z.array(documentRowSchema) });

/** A goods line as the form edits it; `itemNo` is its place on screen, set when saved. */
const goodsLineFormRowSchema = requestGoodsLineSchema.omit({ itemNo: true });

/** The content the officer edits, made of the shared record schema's own fields. */
export const requestFormFieldsSchema = z.object({
  subject: f.subject,
  direction: f.direction,
  ourReference: f.ourReference,
  theirReference: f.theirReference,
  requestType: f.requestType,
  verificationMethod: f.verificationMethod,
  legalInstrument: f.legalInstrument,
  legalArticle: f.legalArticle,
  requestingAuthority: f.requestingAuthority,
  requestedAuthority: f.requestedAuthority,
  ourContactId: f.ourContactId,
  theirContactId: f.theirContactId,
  language: f.language,
  urgency: f.urgency,
  confidentiality: f.confidentiality,
  transmissionChannel: f.transmissionChannel,
  proofOfOrigin: f.proofOfOrigin,
  exporter: f.exporter,
  producer: f.producer,
  importer: f.importer,
  invoice: f.invoice,
  transport: f.transport,
  goodsLines: z.array(goodsLineFormRowSchema),
  grounds: f.grounds,
  /** Always an object in the form (kept while the method changes); stored only for a visit. */
  visitProposal: visitProposalSchema,
  attachmentIds: f.attachmentIds,
  replyDueOn: f.replyDueOn,
  questions: z.array(questionFormRowSchema),
});

export type RequestFormValues = z.input<typeof requestFormFieldsSchema>;
export type RequestFormOutput = z.output<typeof requestFormFieldsSchema>;
export type QuestionFormRow = RequestFormValues['questions'][number];
export type GoodsLineFormRow = RequestFormValues['goodsLines'][number];

/** The request fields the form does not edit: identity, tracking, amendment links. */
export type RequestBase = Omit<VerificationRequest, keyof Omit<RequestFormOutput, 'questions'>>;

/** Today as YYYY-MM-DD in the officer's time zone. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The form schema: each field by the shared schema, plus everything sending would refuse
 * (`checkRequestReadyToSend`), so a draft says now what to fix before it can go out. The
 * readiness rules run even while fields have errors, so one submit shows every message.
 */
export const requestFormSchema = requestFormFieldsSchema.superRefine((v, ctx) => {
  const probe = formValuesToRequest(v as RequestFormOutput, probeBase);
  for (const issue of checkRequestReadyToSend(probe, v.questions.length, localToday())) {
    ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
  }
});

const probeBase: RequestBase = newRequestBase('00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000000', new Date(0));

export function newRequestBase(id: string, caseId: string, now: Date): RequestBase {
  const at = now.toISOString();
  return {
    id,
    caseId,
    sentOn: null,
    acknowledgementDueOn: null,
    acknowledgedOn: null,
    extensions: [],
    replyReceivedOn: null,
    status: 'draft',
    outcome: null,
    findings: '',
    amendmentOf: null,
    amendmentNo: 0,
    frozenAt: null,
    createdAt: at,
    updatedAt: at,
  };
}

/** The base of a stored request: what the form keeps as it was. */
export function requestBaseOf(r: VerificationRequest): RequestBase {
  const { id, caseId, sentOn, acknowledgementDueOn, acknowledgedOn, extensions, replyReceivedOn, status, outcome, findings, amendmentOf, amendmentNo, frozenAt, createdAt, updatedAt } = r;
  return { id, caseId, sentOn, acknowledgementDueOn, acknowledgedOn, extensions, replyReceivedOn, status, outcome, findings, amendmentOf, amendmentNo, frozenAt, createdAt, updatedAt };
}

export const emptyVisitProposal = (): RequestFormValues['visitProposal'] => ({ proposedFrom: null, proposedTo: null, sites: '', team: '' });

/** Form values for a stored request and its questions (copies: editing never touches them). */
export function requestToFormValues(stored: VerificationRequest, storedQuestions: readonly RequestQuestion[]): RequestFormValues {
  const r = structuredClone(stored);
  const { id: _id, caseId: _c, sentOn: _s, acknowledgementDueOn: _a, acknowledgedOn: _ao, extensions: _e, replyReceivedOn: _rr, status: _st, outcome: _o, findings: _f, amendmentOf: _am, amendmentNo: _an, frozenAt: _fr, createdAt: _ca, updatedAt: _ua, goodsLines, visitProposal, ...content } = r;
  return {
    ...content,
    goodsLines: [...goodsLines].sort((a, b) => a.itemNo - b.itemNo).map(({ itemNo: _i, ...line }) => line),
    visitProposal: visitProposal ?? emptyVisitProposal(),
    questions: [...storedQuestions]
      .sort((a, b) => a.number - b.number)
      .map((x) => ({ id: x.id, text: x.text, documents: x.documentsRequested.map((name) => ({ name })) })),
  };
}

/** The request record for validated form values over `base`; goods lines numbered in on-screen order. */
export function formValuesToRequest(v: RequestFormOutput, base: RequestBase): VerificationRequest {
  const { questions: _q, goodsLines, visitProposal, ...content } = v;
  return {
    ...base,
    ...structuredClone(content),
    goodsLines: goodsLines.map((line, i) => ({ ...line, itemNo: i + 1 })),
    visitProposal: v.verificationMethod === 'visit' ? { ...visitProposal } : null,
  };
}

/**
 * The question rows for the form's questions, numbered in on-screen order. A question that was
 * stored keeps what the form does not edit (its answer); a new one starts unanswered.
 */
export function formValuesToQuestions(v: RequestFormOutput, requestId: string, stored: readonly RequestQuestion[]): RequestQuestion[] {
  const byId = new Map(stored.map((x) => [x.id, x]));
  return v.questions.map((row, i) => {
    const previous = byId.get(row.id);
    return {
      answer: '',
      answeredOn: null,
      answerAttachmentId: null,
      ...previous,
      id: row.id,
      requestId,
      number: i + 1,
      text: row.text,
      documentsRequested: row.documents.map((d) => d.name),
    };
  });
}
