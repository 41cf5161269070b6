import { derivePassphraseKey, isLongEnough, minPassphraseLength, pbkdf2Iterations, type Bytes } from '../security/keyring';
import { decodeHeader, encodeHeader, headerLength, type WorkspaceFileHeader } from './workspaceFileHeader';
import { WorkspaceFileError } from './workspaceFileError';

/**
 * The encryption of a workspace file: a key derived from the file's own passphrase with the
 * lock's KDF (PBKDF2-HMAC-SHA-256, 600,000 iterations, fresh 16-byte salt per file), and the
 * content in chunks of AES-256-GCM (WebCrypto, as the keyring's wrap), each authenticated with
 * the header, its index and whether it is the last: a chunk moved, dropped, or cut off at the
 * end does not open, and a file cut at a chunk boundary is told apart as `truncated`.
 *
 * File: [header (workspaceFileHeader.ts)][chunk 0]…[chunk n]; every chunk but the last holds
 * `chunkSize` plaintext bytes (+ 16 bytes of tag), so a reader finds the boundaries by counting.
 */

const tagLength = 16;
export const defaultChunkSize = 1024 * 1024;

export interface CipherProgress {
  (done: number, total: number): void;
}

export interface SealOptions {
  /** KDF iterations (tests use fewer; files keep what they were written with). */
  iterations?: number;
  chunkSize?: number;
  onProgress?: CipherProgress;
}

/** Encrypts `plain` into a workspace file under `passphrase` (at least `minPassphraseLength` characters). */
export async function sealWorkspaceFile(plain: Uint8Array, passphrase: string, options: SealOptions = {}): Promise<Bytes> {
  if (!isLongEnough(passphrase)) throw new RangeError(`A workspace file passphrase has at least ${minPassphraseLength} characters`);
  const header: WorkspaceFileHeader = {
    iterations: options.iterations ?? pbkdf2Iterations,
    salt: crypto.getRandomValues(new Uint8Array(16)),
    chunkSize: options.chunkSize ?? defaultChunkSize,
    nonce: crypto.getRandomValues(new Uint8Array(12)),
  };
  const headerBytes = encodeHeader(header);
  const key = await fileKey(passphrase, header);
  const count = Math.max(1, Math.ceil(plain.length / header.chunkSize));
  const out = new Uint8Array(headerLength + plain.length + count * tagLength);
  out.set(headerBytes, 0);
  let at = headerLength;
  for (let i = 0; i < count; i++) {
    const part = plain.subarray(i * header.chunkSize, Math.min(plain.length, (i + 1) * header.chunkSize));
    const params = chunkParams(header, headerBytes, i, i === count - 1);
    // WebCrypto takes a copy: the subarray's buffer is the whole plaintext, not this chunk.
    const sealed = new Uint8Array(await crypto.subtle.encrypt(params, key, part.slice()));
    out.set(sealed, at);
    at += sealed.length;
    options.onProgress?.(i + 1, count);
  }
  return out;
}

/**
 * Decrypts a workspace file. Throws `WorkspaceFileError`: `not_a_workspace_file`,
 * `newer_format`, `wrong_passphrase` (the first chunk does not open), `damaged` (a later one
 * does not), `truncated` (the last chunk is missing).
 */
export async function openWorkspaceFile(file: Uint8Array, passphrase: string, onProgress?: CipherProgress): Promise<Bytes> {
  const header = decodeHeader(file);
  const headerBytes = file.slice(0, headerLength);
  const sealedChunk = header.chunkSize + tagLength;
  const body = file.length - headerLength;
  if (body < tagLength) throw new WorkspaceFileError('truncated', 'The workspace file ends before its content');
  const count = Math.ceil(body / sealedChunk);
  const lastLength = body - (count - 1) * sealedChunk;
  if (lastLength < tagLength) throw new WorkspaceFileError('truncated', 'The workspace file is incomplete: its end is missing');
  const key = await fileKey(passphrase, header);
  const out = new Uint8Array(body - count * tagLength);
  for (let i = 0; i < count; i++) {
    const from = headerLength + i * sealedChunk;
    const sealed = file.slice(from, Math.min(file.length, from + sealedChunk));
    const last = i === count - 1;
    const plain = await openChunk(key, header, headerBytes, i, last, sealed);
    out.set(plain, i * header.chunkSize);
    onProgress?.(i + 1, count);
  }
  return out;
}

async function openChunk(key: CryptoKey, header: WorkspaceFileHeader, headerBytes: Bytes, index: number, last: boolean, sealed: Bytes): Promise<Uint8Array> {
  try {
    return new Uint8Array(await crypto.subtle.decrypt(chunkParams(header, headerBytes, index, last), key, sealed));
  } catch {
    // The last chunk there is not the last one written: the rest of the file was cut off.
    if (last && (await opens(key, chunkParams(header, headerBytes, index, false), sealed))) {
      throw new WorkspaceFileError('truncated', 'The workspace file is incomplete: its end is missing');
    }
    if (index === 0) throw new WorkspaceFileError('wrong_passphrase', 'Wrong passphrase, or the workspace file is damaged');
    throw new WorkspaceFileError('damaged', `The workspace file is damaged (part ${index + 1} does not open)`);
  }
}

async function opens(key: CryptoKey, params: AesGcmParams, sealed: Bytes): Promise<boolean> {
  try {
    await crypto.subtle.decrypt(params, key, sealed);
    return true;
  } catch {
    return false;
  }
}

function fileKey(passphrase: string, { iterations, salt }: WorkspaceFileHeader): Promise<CryptoKey> {
  return derivePassphraseKey(passphrase, { name: 'PBKDF2', hash: 'SHA-256', iterations, salt });
}

/** Chunk `index`'s nonce (chunk 0's with `index` XORed into its last 4 bytes) and associated data. */
function chunkParams({ nonce }: WorkspaceFileHeader, headerBytes: Bytes, index: number, last: boolean): AesGcmParams {
  const iv = nonce.slice();
  const view = new DataView(iv.buffer);
  view.setUint32(8, view.getUint32(8) ^ index);
  const additionalData = new Uint8Array(headerBytes.length + 5);
  additionalData.set(headerBytes, 0);
  new DataView(additionalData.buffer).setUint32(headerBytes.length, index);
  additionalData[headerBytes.length + 4] = last ? 1 : 0;
  return { name: 'AES-GCM', iv, additionalData };
}
