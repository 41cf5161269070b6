import type { Contact, RequestQuestion, VerificationRequest } from '../../../../shared/domain';
import { formatContactName } from '../../../../shared/domain';

/** Questions in the letter's order: by their number (ties, from two devices, by id). */
export function orderedQuestions<Q extends Pick<RequestQuestion, 'number' | 'id'>>(questions: readonly Q[]): Q[] {
  return [...questions].sort((a, b) => a.number - b.number || a.id.localeCompare(b.id));
}

/** The parts of a letter an amendment can change, in the letter's order. */
export const letterParts = [
  'heading',
  'legalBasis',
  'proof',
  'parties',
  'shipment',
  'goods',
  'grounds',
  'questions',
  'visit',
  'reply',
  'contacts',
  'attachments',
] as const;
export type LetterPart = (typeof letterParts)[number];

const partFields: Record<Exclude<LetterPart, 'questions'>, readonly (keyof VerificationRequest)[]> = {
  heading: ['subject', 'requestingAuthority', 'requestedAuthority', 'urgency', 'transmissionChannel'],
  legalBasis: ['legalInstrument', 'legalArticle', 'requestType', 'verificationMethod'],
  proof: ['proofOfOrigin'],
  parties: ['exporter', 'producer', 'importer'],
  shipment: ['invoice', 'transport'],
  goods: ['goodsLines'],
  grounds: ['grounds'],
  visit: ['visitProposal'],
  reply: ['replyDueOn', 'extensions'],
  contacts: ['ourContactId', 'theirContactId'],
  attachments: ['attachmentIds'],
};

const questionContent = (questions: readonly RequestQuestion[]) =>
  JSON.stringify(orderedQuestions(questions).map(({ number, text, documentsRequested }) => ({ number, text, documentsRequested })));

/**
 * What an amendment changed, as the letter's parts ("Goods", "Questions"): the amendment letter
 * names them, then restates the request in full. Tracking (status, dates received…) is not content.
 */
export function amendedParts(
  original: VerificationRequest,
  amendment: VerificationRequest,
  originalQuestions: readonly RequestQuestion[],
  amendmentQuestions: readonly RequestQuestion[],
): LetterPart[] {
  return letterParts.filter((part) =>
    part === 'questions'
      ? questionContent(originalQuestions) !== questionContent(amendmentQuestions)
      : partFields[part].some((field) => JSON.stringify(original[field]) !== JSON.stringify(amendment[field])),
  );
}

/** A contact point as a letter gives it: name, title, organisation and unit, email, phone. */
export function contactLines(c: Contact): { name: string; position: string; email: string; phone: string } {
  return {
    name: formatContactName(c),
    position: [c.title, c.unit, c.organisation].filter(Boolean).join(', '),
    email: c.email,
    phone: [c.phone, c.mobile].filter(Boolean).join(', '),
  };
}
