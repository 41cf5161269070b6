import type { z } from 'zod';
import { confidentialityLevels } from './case';
import { enumField, idSchema, longText, nullableIdSchema, optionalText, recordObject, requiredText } from './fields';
import { isoDateTimeSchema, nullableIsoDateSchema } from './validators/isoDate';

/** own: our administration's list; counterpart: received from the other side; public: e.g. UFLPA Entity List. */
export const riskListSources = ['own', 'counterpart', 'public'] as const;
export type RiskListSource = (typeof riskListSources)[number];

/**
 * A list of high-risk goods, industries and businesses. Lists are replaced, not edited: a new
 * version is a new record with `previousListId` pointing at the one it replaces, so two versions
 * can be compared. (`edition` is the list's own version label; `version` is reserved for sync.)
 */
export const riskListSchema = recordObject({
  id: idSchema,
  name: requiredText(300),
  ownerAuthority: requiredText(300),
  source: enumField(riskListSources),
  /** Version label as issued, e.g. "2026/1". */
  edition: optionalText(60),
  previousListId: nullableIdSchema,
  issuedOn: nullableIsoDateSchema,
  receivedOn: nullableIsoDateSchema,
  classification: enumField(confidentialityLevels),
  /** Meeting at which the list was exchanged. */
  meetingId: nullableIdSchema,
  description: longText(20_000),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type RiskList = z.infer<typeof riskListSchema>;
