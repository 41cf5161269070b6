import { WorkspaceFileError } from './workspaceFileError';

/**
 * The clear header of a workspace file (`.attache`), big-endian:
 *
 * | offset | bytes | field |
 * |---|---|---|
 * | 0 | 8 | magic `89 41 54 57 0D 0A 1A 0A` (`\x89ATW\r\n\x1a\n`, PNG's trick: a copy that mangles bytes or line ends breaks it) |
 * | 8 | 1 | format version (1) |
 * | 9 | 1 | KDF: 1 = PBKDF2-HMAC-SHA-256 |
 * | 10 | 4 | KDF iterations |
 * | 14 | 16 | salt |
 * | 30 | 1 | cipher: 1 = AES-256-GCM in chunks |
 * | 31 | 4 | plaintext bytes per chunk |
 * | 35 | 12 | nonce of chunk 0 (chunk i XORs i into its last 4 bytes) |
 *
 * The version comes right after the magic, so a later format may change everything after it and
 * this version still says "newer" rather than "damaged". The whole header is bound into every
 * chunk's authentication, so changing any of it (fewer iterations, another salt) breaks the file.
 */
export interface WorkspaceFileHeader {
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  chunkSize: number;
  nonce: Uint8Array<ArrayBuffer>;
}

export const workspaceFileMagic = Uint8Array.of(0x89, 0x41, 0x54, 0x57, 0x0d, 0x0a, 0x1a, 0x0a);
export const workspaceFileFormat = 1;
export const headerLength = 47;
const pbkdf2Sha256 = 1;
const aes256GcmChunked = 1;

/** Bounds a file may declare: past them it is not one this app wrote (and 10^9 iterations would hang the page). */
const maxIterations = 10_000_000;
const maxChunkSize = 16 * 1024 * 1024;

export function encodeHeader({ iterations, salt, chunkSize, nonce }: WorkspaceFileHeader): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(headerLength);
  const view = new DataView(bytes.buffer);
  bytes.set(workspaceFileMagic, 0);
  bytes[8] = workspaceFileFormat;
  bytes[9] = pbkdf2Sha256;
  view.setUint32(10, iterations);
  bytes.set(salt, 14);
  bytes[30] = aes256GcmChunked;
  view.setUint32(31, chunkSize);
  bytes.set(nonce, 35);
  return bytes;
}

/** Reads the header at the start of `file`; throws `WorkspaceFileError` for anything else. */
export function decodeHeader(file: Uint8Array): WorkspaceFileHeader {
  if (file.length < workspaceFileMagic.length || !workspaceFileMagic.every((b, i) => file[i] === b)) {
    throw new WorkspaceFileError('not_a_workspace_file', 'This is not an Attaché workspace file');
  }
  if (file.length < 9) throw new WorkspaceFileError('truncated', 'The workspace file ends inside its header');
  if (file[8]! > workspaceFileFormat) {
    throw new WorkspaceFileError('newer_format', `This workspace file has format ${file[8]}; this version of Attaché reads format ${workspaceFileFormat}`);
  }
  if (file.length < headerLength) throw new WorkspaceFileError('truncated', 'The workspace file ends inside its header');
  const view = new DataView(file.buffer, file.byteOffset, headerLength);
  const iterations = view.getUint32(10);
  const chunkSize = view.getUint32(31);
  if (file[8] !== workspaceFileFormat || file[9] !== pbkdf2Sha256 || file[30] !== aes256GcmChunked) {
    throw new WorkspaceFileError('damaged', 'The workspace file header names no method this version knows');
  }
  if (iterations < 1 || iterations > maxIterations || chunkSize < 1 || chunkSize > maxChunkSize) {
    throw new WorkspaceFileError('damaged', 'The workspace file header is out of bounds');
  }
  return { iterations, chunkSize, salt: file.slice(14, 30), nonce: file.slice(35, 47) };
}
