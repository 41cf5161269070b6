import { latestSchemaVersion } from '../db/schemaVersions';
import { sha256Hex } from '../security/sha256';
import { workspaceSnapshotSchema, type SnapshotBlob, type WorkspaceSnapshot } from './workspaceSnapshot';
import { WorkspaceFileError } from './workspaceFileError';

/**
 * What a workspace file holds once opened (the plaintext under its encryption):
 * `[u32 length of the records][records: gzip of the snapshot's JSON][the files' bytes, one after
 * another in the order the snapshot lists them]`. Records are JSON, as they travel on the sync
 * wire, compressed (field names repeat in every row: several times smaller); files go as they
 * are (PDFs and photos are compressed already, and base64 would make them a third larger).
 */
export async function encodeSnapshotPayload(snapshot: Omit<WorkspaceSnapshot, 'blobs'>, blobs: readonly SnapshotBlob[]): Promise<Uint8Array<ArrayBuffer>> {
  const full: WorkspaceSnapshot = { ...snapshot, blobs: blobs.map(({ sha256, size }) => ({ sha256, size })) };
  const records = await gzip(new TextEncoder().encode(JSON.stringify(full)));
  const total = 4 + records.length + blobs.reduce((sum, b) => sum + b.bytes.length, 0);
  const out = new Uint8Array(total);
  new DataView(out.buffer).setUint32(0, records.length);
  out.set(records, 4);
  let at = 4 + records.length;
  for (const { bytes } of blobs) {
    out.set(bytes, at);
    at += bytes.length;
  }
  return out;
}

/**
 * Reads what `encodeSnapshotPayload` wrote. Throws `WorkspaceFileError('newer_format')` for a
 * snapshot of a newer database version, `damaged` for anything that does not add up.
 */
export async function decodeSnapshotPayload(payload: Uint8Array<ArrayBuffer>): Promise<{ snapshot: WorkspaceSnapshot; blobs: SnapshotBlob[] }> {
  const damaged = (why: string) => new WorkspaceFileError('damaged', `The workspace file is damaged: ${why}`);
  if (payload.length < 4) throw damaged('no records');
  const length = new DataView(payload.buffer, payload.byteOffset).getUint32(0);
  if (4 + length > payload.length) throw damaged('the records run past the end');
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await gunzip(payload.subarray(4, 4 + length))));
  } catch {
    throw damaged('the records do not read');
  }
  const version = (parsed as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > latestSchemaVersion) {
    throw new WorkspaceFileError('newer_format', `This workspace file holds database version ${version}; this version of Attaché knows up to ${latestSchemaVersion}`);
  }
  const checked = workspaceSnapshotSchema.safeParse(parsed);
  if (!checked.success) throw damaged(checked.error.issues[0]?.message ?? 'unexpected records');
  // The schema checks what the import relies on; the rest is as the exporting device stored it.
  const snapshot = checked.data as unknown as WorkspaceSnapshot;
  const blobs: SnapshotBlob[] = [];
  let at = 4 + length;
  for (const { sha256, size } of snapshot.blobs) {
    if (at + size > payload.length) throw damaged('a file runs past the end');
    const bytes = payload.slice(at, at + size);
    // Authenticated already; the hash also catches a writer that put a file's bytes out of place.
    if ((await sha256Hex(bytes)) !== sha256) throw damaged(`the bytes of file ${sha256.slice(0, 12)}… do not match it`);
    blobs.push({ sha256, size, bytes });
    at += size;
  }
  if (at !== payload.length) throw damaged('bytes after the last file');
  return { snapshot, blobs };
}

async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
}

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
}
