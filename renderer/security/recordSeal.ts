/**
 * Sealing of one record's sensitive part: AES-256-GCM with a fresh random 96-bit IV per write,
 * the record's place (store and key) bound as associated data, so a sealed value moved to another
 * record or table no longer opens.
 *
 * Synchronous on purpose (@noble/ciphers, audited): it runs inside IndexedDB transactions through
 * a Dexie middleware, and an `await` on WebCrypto there lets the transaction commit half-written
 * (it auto-commits when no request is pending). ~40 µs per 1 KB record on a laptop core.
 *
 * Layout: [format byte 1][12-byte IV][ciphertext + 16-byte tag]; the plaintext is the JSON of the
 * sealed properties (records are JSON data: they travel as JSON on the sync wire).
 */
import { gcm } from '@noble/ciphers/aes.js';
import type { Bytes, DataKey } from './keyring';

const sealFormat = 1;
const ivLength = 12;

export class SealError extends Error {
  constructor(readonly context: string) {
    super(`A stored record (${context}) could not be decrypted: it was altered, or it was not written with this profile's key`);
    this.name = 'SealError';
  }
}

/** Seals `value` for the record at `context` (e.g. `cases/2c0f…`). */
export function seal(key: DataKey, context: string, value: unknown): Bytes {
  return sealBytes(key, context, new TextEncoder().encode(JSON.stringify(value)));
}

/** Opens what `seal` wrote for the same `context`, or throws `SealError` (tampered, moved, other key). */
export function open(key: DataKey, context: string, stored: Uint8Array): unknown {
  return JSON.parse(new TextDecoder().decode(openBytes(key, context, stored)));
}

const webCryptoKeys = { encrypt: new WeakMap<DataKey, Promise<CryptoKey>>(), decrypt: new WeakMap<DataKey, Promise<CryptoKey>>() };

/** The data key imported into WebCrypto for one use, once per key. */
function webCryptoKey(key: DataKey, use: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  let cryptoKey = webCryptoKeys[use].get(key);
  if (!cryptoKey) {
    cryptoKey = crypto.subtle.importKey('raw', key.bytes, 'AES-GCM', false, [use]);
    webCryptoKeys[use].set(key, cryptoKey);
  }
  return cryptoKey;
}

/** getRandomValues fills at most 64 KiB per call. */
const randomChunk = 65_536;

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  for (let at = 0; at < length; at += randomChunk) crypto.getRandomValues(bytes.subarray(at, Math.min(length, at + randomChunk)));
  return bytes;
}

/** One value `sealMany` seals: the record's place and the JSON of its sealed part. */
export interface SealItem {
  context: string;
  json: string;
}

/**
 * `seal` through WebCrypto (native AES-GCM, faster than the synchronous cipher) for many values
 * at once, for work done BEFORE an IndexedDB transaction opens (renderer/db/recordSealing.ts
 * `presealValues`): inside one, an await on it would let the transaction commit. Same layout and
 * associated data as `seal`; takes each value's JSON. What each call costs this thread is the point (a 50k import seals 150k
 * values): one key lookup, one random draw for every IV, and the associated data and plaintext
 * encoded into reused buffers, which WebCrypto copies when called.
 */
export async function sealMany(key: DataKey, items: readonly SealItem[]): Promise<Bytes[]> {
  const cryptoKey = await webCryptoKey(key, 'encrypt');
  const ivs = randomBytes(items.length * ivLength);
  const encoder = new TextEncoder();
  let scratch = new Uint8Array(4096);
  const encode = (text: string, at = 0): Uint8Array<ArrayBuffer> => {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (scratch.length < at + text.length * 3) scratch = new Uint8Array(Math.max(scratch.length * 2, at + text.length * 3));
    const { written } = encoder.encodeInto(text, scratch.subarray(at));
    return scratch.subarray(at, at + written);
  };
  return Promise.all(
    items.map(({ context, json }, i) => {
      const iv = ivs.subarray(i * ivLength, (i + 1) * ivLength);
      const additionalData = encode(associatedText(context));
      const plain = encode(json, additionalData.length);
      return crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, cryptoKey, plain).then((sealed) => pack(iv, new Uint8Array(sealed)));
    }),
  );
}

/** `sealBytes` through WebCrypto, outside transactions (the sealed search snapshot, megabytes at once). */
export async function sealBytesAsync(key: DataKey, context: string, plain: Uint8Array<ArrayBuffer>): Promise<Bytes> {
  const iv = crypto.getRandomValues(new Uint8Array(ivLength));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: associatedData(context) }, await webCryptoKey(key, 'encrypt'), plain);
  return pack(iv, new Uint8Array(sealed));
}

/**
 * `open` through WebCrypto, for reads that run outside any transaction (a sweep over a whole
 * table: renderer/db/AttacheDb.ts `readRowsAfter`). Throws `SealError` like `open`.
 */
export async function openAsync(key: DataKey, context: string, stored: Uint8Array): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await openBytesAsync(key, context, stored)));
}

/** `openBytes` through WebCrypto, outside transactions. Throws `SealError` like `open`. */
export async function openBytesAsync(key: DataKey, context: string, stored: Uint8Array): Promise<Bytes> {
  if (stored[0] !== sealFormat || stored.length < 1 + ivLength + 16) throw new SealError(context);
  const cryptoKey = webCryptoKey(key, 'decrypt');
  try {
    const iv = stored.slice(1, 1 + ivLength);
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: associatedData(context) }, await cryptoKey, stored.slice(1 + ivLength)));
  } catch {
    throw new SealError(context);
  }
}

/** `seal` for raw bytes (attachment contents, wrapped keys): same layout, no JSON. */
export function sealBytes(key: DataKey, context: string, plain: Uint8Array): Bytes {
  const iv = crypto.getRandomValues(new Uint8Array(ivLength));
  return pack(iv, gcm(key.bytes, iv, associatedData(context)).encrypt(plain));
}

/** [format byte][IV][ciphertext + tag] */
function pack(iv: Uint8Array, sealed: Uint8Array): Bytes {
  const out = new Uint8Array(1 + ivLength + sealed.length);
  out[0] = sealFormat;
  out.set(iv, 1);
  out.set(sealed, 1 + ivLength);
  return out;
}

/** Opens what `sealBytes` wrote for the same `context`, or throws `SealError`. */
export function openBytes(key: DataKey, context: string, stored: Uint8Array): Bytes {
  if (stored[0] !== sealFormat || stored.length < 1 + ivLength + 16) throw new SealError(context);
  const cipher = key.bytes; // outside the try: a locked app must say so, not report damage
  try {
    return gcm(cipher, stored.subarray(1, 1 + ivLength), associatedData(context)).decrypt(stored.subarray(1 + ivLength)) as Bytes;
  } catch {
    throw new SealError(context);
  }
}

function associatedText(context: string): string {
  return `attache/record/v${sealFormat}/${context}`;
}

function associatedData(context: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(associatedText(context));
}
