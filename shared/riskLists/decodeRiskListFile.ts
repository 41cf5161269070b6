/**
 * The part of the runtime's TextDecoder this module needs. `shared/` compiles without the DOM
 * library, yet every runtime it runs in (Chromium, its workers, Node) has TextDecoder.
 */
type TextDecoderConstructor = new (label: string) => { decode(bytes: Uint8Array): string };
const RuntimeTextDecoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

function startsWith(bytes: Uint8Array, mark: readonly number[]): boolean {
  return mark.every((b, i) => bytes[i] === b);
}

/**
 * A risk-list file's bytes as text, before `parseRiskListCsv`/`parseRiskListJson`: UTF-16 LE or
 * BE when it starts with that byte-order mark (Excel's "Unicode text" export), else UTF-8 with or
 * without its BOM. The mark itself is dropped. Bytes that are not valid UTF-8 (a legacy
 * Windows-1258 file) come out as U+FFFD, which the official sees in the error table's values.
 */
export function decodeRiskListFile(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new RuntimeTextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new RuntimeTextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  return new RuntimeTextDecoder('utf-8').decode(body);
}
