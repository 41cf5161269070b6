import type { z } from 'zod';
import { idSchema, labelList, nullableIdSchema, optionalText, positionSchema, recordObject, requiredText } from './fields';
import { nullableIsoDateSchema } from './validators/isoDate';

/**
 * A numbered question of a verification request, with the documents asked for and, once the
 * reply arrives, the answer. `number` orders the questions in the printed letter.
 */
export const requestQuestionSchema = recordObject({
  id: idSchema,
  requestId: idSchema,
  number: positionSchema,
  text: requiredText(5000),
  /** Documents requested for this question, e.g. "Bill of materials", "Production records". */
  documentsRequested: labelList(300),
  answer: optionalText(50_000),
  answeredOn: nullableIsoDateSchema,
  /** Attachment holding the answer's evidence, when one was received. */
  answerAttachmentId: nullableIdSchema,
});
export type RequestQuestion = z.infer<typeof requestQuestionSchema>;
