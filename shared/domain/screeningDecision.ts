import type { z } from 'zod';
import { enumField, idSchema, longText, recordObject, requiredText } from './fields';
import { isoDateTimeSchema } from './validators/isoDate';

/** What an officer concluded of a screening hit: it is the listed subject, or it is not. */
export const screeningVerdicts = ['confirmed', 'notAMatch'] as const;
export type ScreeningVerdict = (typeof screeningVerdicts)[number];

/** The case records that are screened: parties by name and identifiers, goods lines by HS code. */
export const screenedTables = ['parties', 'goods'] as const;
export type ScreenedTable = (typeof screenedTables)[number];

/**
 * An officer's decision on one screening hit: this party (or goods line) of this case is, or is
 * not, the listed entry. A new version of a list gives its entries new ids, so the decision also
 * keeps the entry's key across versions (`entryKey`: the list's lineage and the entry's match
 * key, `renderer/features/screening`): "not a match" stays dismissed when the same entry comes
 * back in the next version, and is asked again only for an entry that is really new.
 */
export const screeningDecisionSchema = recordObject({
  id: idSchema,
  caseId: idSchema,
  subjectTable: enumField(screenedTables),
  subjectId: idSchema,
  /** The entry as it was when decided (it may since be in an older version). */
  entryId: idSchema,
  entryKey: requiredText(1000),
  verdict: enumField(screeningVerdicts),
  note: longText(5000),
  /** Who decided (the profile's display name), for the report and the case's readers. */
  decidedBy: requiredText(200),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type ScreeningDecision = z.infer<typeof screeningDecisionSchema>;
