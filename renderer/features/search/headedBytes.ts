/**
 * Bytes that start with a JSON header: [header length: uint32 LE][header JSON][padding][body].
 * The body starts on a 4-byte boundary, so it can be read as a Uint32Array. Used for the search
 * index (terms and documents, then postings) and its saved snapshot (stamps, then that index).
 */
export function withHeader(header: unknown, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const bodyAt = Math.ceil((4 + json.length) / 4) * 4;
  const bytes = new Uint8Array(bodyAt + body.length);
  new DataView(bytes.buffer).setUint32(0, json.length, true);
  bytes.set(json, 4);
  bytes.set(body, bodyAt);
  return bytes;
}

/** The header and body `withHeader` wrote (the body a view into `bytes`). */
export function readHeader<H>(bytes: Uint8Array): { header: H; body: Uint8Array } {
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as H;
  return { header, body: bytes.subarray(Math.ceil((4 + length) / 4) * 4) };
}
