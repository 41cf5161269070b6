import { z } from 'zod';
import { confidentialityLevels } from './case';
import { msg, typeError } from './messageKeys';
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
  /**
   * SHA-256 of this version's entries packed as one immutable blob (`shared/riskLists/riskListPack`):
   * a list of 100k entries travels between devices as one upload instead of 100k synced rows, and a
   * device shows the version only once it holds every entry. `''` for a list whose entries are
   * synced as rows (none is written that way today; the rows table stays readable).
   */
  entriesSha256: z.string({ error: typeError }).toLowerCase().regex(/^([0-9a-f]{64})?$/, msg.sha256Format),
  /** How many entries the version holds (what the pack must unpack to). */
  entryCount: z.number({ error: typeError }).int(msg.integer).min(0, msg.nonNegative),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type RiskList = z.infer<typeof riskListSchema>;
