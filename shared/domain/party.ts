import type { z } from 'zod';
import { enumField, idSchema, listOf, optionalText, recordObject, requiredText } from './fields';
import { msg } from './messageKeys';
import { optionalCountryCodeSchema } from './validators/country';
import { partyIdentifierSchema } from './validators/partyIdentifier';

/** Part a company or person plays in the trade under investigation. */
export const partyRoles = ['exporter', 'producer', 'importer', 'consignee', 'broker', 'other'] as const;
export const partyKinds = ['company', 'person'] as const;
export type PartyRole = (typeof partyRoles)[number];
export type PartyKind = (typeof partyKinds)[number];

/**
 * A company or person involved in a case. `name` is as written in the original script
 * (e.g. "Công ty TNHH Thép Việt"), `nameLatin` a Latin transliteration when the original is not
 * Latin (Chinese, Korean…) or `''`. Identifiers are normalised per scheme and unique per party.
 */
export const partySchema = recordObject({
  id: idSchema,
  caseId: idSchema,
  role: enumField(partyRoles),
  kind: enumField(partyKinds),
  name: requiredText(300),
  nameLatin: optionalText(300),
  /** ISO alpha-2 or `''` when not known. */
  country: optionalCountryCodeSchema,
  address: optionalText(1000),
  identifiers: listOf(partyIdentifierSchema).refine(
    (ids) => new Set(ids.map((i) => `${i.scheme}:${i.value}`)).size === ids.length,
    { message: msg.listDuplicate },
  ),
});
export type Party = z.infer<typeof partySchema>;
