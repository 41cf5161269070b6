import { riskListJsonMetadataSchema, type RiskListJsonMetadata } from './parseRiskListJson';
import type { RiskEntryDraft } from './riskEntryDraft';

const metadataFields = Object.keys(riskListJsonMetadataSchema.shape) as (keyof RiskListJsonMetadata)[];

/**
 * A risk list in our JSON form, `{ "list": {…}, "entries": [ … ] }`: `parseRiskListJson` reads
 * it back to the same entries, and `list` passes `riskListJsonMetadataSchema`. Unlike the CSV it
 * carries every field: alias Latin names, all addresses, AD/CVD orders.
 *
 * Only the import dialog's metadata fields are written, so a stored `RiskList` may be passed as it
 * is: its id, sync fields and pack hash are this installation's, not the list's. Entries lose
 * `id` and `listId` for the same reason (the importing side assigns its own). Indented, since an
 * official may open the file to check what is being sent to a counterpart.
 */
export function writeRiskListJson(list: RiskListJsonMetadata, entries: readonly RiskEntryDraft[]): string {
  const metadata = Object.fromEntries(metadataFields.filter((f) => list[f] !== undefined).map((f) => [f, list[f]]));
  const bare = entries.map((e) => {
    const { id: _id, listId: _listId, ...fields } = e as RiskEntryDraft & { id?: string; listId?: string };
    return fields;
  });
  return `${JSON.stringify({ list: metadata, entries: bare }, null, 2)}\n`;
}
