import { z } from 'zod';
import { riskEntrySchema, type RiskEntry } from '../domain/riskEntry';

/**
 * A risk-list version's entries as one immutable blob: gzip-compressed JSON. A list is replaced,
 * never edited, so its entries can travel as one content-addressed upload (the blob machinery of
 * attachments) rather than as 100k synced rows, each with its clocks, outbox entry and audit line.
 * The list record carries the pack's SHA-256 and entry count; a device shows the version only
 * once it has unpacked all of it, so no device ever sees half a list.
 */
const packFormat = 'attache-risk-list-pack/1';

const packSchema = z.object({ format: z.literal(packFormat), listId: z.string(), entries: z.array(z.unknown()) });

/** Why a downloaded pack cannot be used (it does not belong to the list, or an entry is broken). */
export class RiskListPackError extends Error {
  override name = 'RiskListPackError';
}

async function throughStream(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** The entries of list `listId` packed for upload. */
export async function packRiskListEntries(listId: string, entries: readonly RiskEntry[]): Promise<Uint8Array<ArrayBuffer>> {
  const json = JSON.stringify({ format: packFormat, listId, entries });
  return throughStream(new TextEncoder().encode(json), new CompressionStream('gzip'));
}

/**
 * The entries of a pack, checked: the pack must be of `listId`, hold `entryCount` entries, each of
 * that list and valid by the shared schema (a pack comes from the network; what is stored is
 * what every screen and the screening engine may trust).
 */
export async function unpackRiskListEntries(bytes: Uint8Array<ArrayBuffer>, listId: string, entryCount: number): Promise<RiskEntry[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(await throughStream(bytes, new DecompressionStream('gzip'))));
  } catch (error) {
    throw new RiskListPackError(`The list's entries cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const pack = packSchema.safeParse(parsed);
  if (!pack.success) throw new RiskListPackError('The downloaded file is not a risk-list version.');
  if (pack.data.listId !== listId) throw new RiskListPackError('The downloaded entries belong to another list.');
  if (pack.data.entries.length !== entryCount) {
    throw new RiskListPackError(`The list says ${entryCount} entries but its file holds ${pack.data.entries.length}.`);
  }
  return pack.data.entries.map((raw, i) => {
    const entry = riskEntrySchema.safeParse(raw);
    if (!entry.success) throw new RiskListPackError(`Entry ${i + 1} of the downloaded list is not valid.`);
    if (entry.data.listId !== listId) throw new RiskListPackError(`Entry ${i + 1} belongs to another list.`);
    return entry.data;
  });
}
