/** How the viewer shows a file: natively as an image, in the PDF viewer, or offered as a download. */
export type ViewerKind = 'image' | 'pdf' | 'other';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/**
 * The image type the bytes' signature names, for the formats Chromium draws in an <img> (TIFF and
 * HEIC, common for scans and phone photos, it does not: those are offered as a download).
 */
function sniffImage(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF8'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('BM'))) return 'image/bmp';
  return null;
}

/**
 * A PDF may have junk before its header (readers accept it within the first 1,024 bytes), and a
 * browser that does not know a file's type records it as application/octet-stream: the bytes decide.
 */
function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  const header = ascii('%PDF-');
  for (let i = 0; i + header.length <= head.length; i += 1) if (startsWith(head, header, i)) return true;
  return false;
}

/**
 * Which viewer opens a file, by its bytes first (they cannot lie about being a PDF or a PNG),
 * then by its recorded media type; the media type `image` should be drawn with.
 */
export function viewerKind(mediaType: string, bytes: Uint8Array): { kind: ViewerKind; mediaType: string } {
  if (isPdf(bytes)) return { kind: 'pdf', mediaType: 'application/pdf' };
  const sniffed = sniffImage(bytes);
  if (sniffed) return { kind: 'image', mediaType: sniffed };
  const type = mediaType.toLowerCase().split(';')[0]!.trim();
  // SVG is text, so it has no signature; in an <img> its scripts and external loads never run.
  if (type === 'image/svg+xml') return { kind: 'image', mediaType: type };
  return { kind: 'other', mediaType: type };
}

