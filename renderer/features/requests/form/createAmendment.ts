import type { RequestQuestion, VerificationRequest } from '../../../../shared/domain';
import type { RequestBundle } from './requestChanges';

export interface AmendmentOptions {
  /** The amendment's id. */
  id: string;
  /** A fresh id for each copied question. */
  newQuestionId: () => string;
  now: Date;
}

/**
 * A new draft amending the sent request `sent`: the same content (the officer then corrects it),
 * linked by `amendmentOf`, numbered `amendmentNo + 1`, with its own copies of the questions
 * (unanswered) and none of the sent one's tracking: it will be sent, acknowledged and answered
 * on its own. The sent request itself is not touched.
 */
export function createAmendment(sent: VerificationRequest, questions: readonly RequestQuestion[], options: AmendmentOptions): RequestBundle {
  const at = options.now.toISOString();
  const request: VerificationRequest = {
    ...structuredClone(sent),
    id: options.id,
    status: 'draft',
    outcome: null,
    findings: '',
    sentOn: null,
    acknowledgementDueOn: null,
    acknowledgedOn: null,
    extensions: [],
    replyReceivedOn: null,
    amendmentOf: sent.id,
    amendmentNo: sent.amendmentNo + 1,
    frozenAt: null,
    createdAt: at,
    updatedAt: at,
  };
  const copies = [...questions]
    .sort((a, b) => a.number - b.number)
    .map((x, i) => ({
      ...structuredClone(x),
      id: options.newQuestionId(),
      requestId: options.id,
      number: i + 1,
      answer: '',
      answeredOn: null,
      answerAttachmentId: null,
    }));
  return { request, questions: copies };
}
