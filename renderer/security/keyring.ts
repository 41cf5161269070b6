/**
 * The profile's keyring: one random 256-bit data key that seals every sensitive field, kept on
 * disk only wrapped (AES-256-GCM) by a key derived from the officer's passphrase, and optionally
 * also by the OS keychain (the host seals it; see `keychainWrap`).
 *
 * PBKDF2-HMAC-SHA-256 with 600,000 iterations (OWASP's figure for it) rather than Argon2id: it is
 * FIPS 140 approved, which customs administrations audit against, it runs natively in WebCrypto
 * (no WASM, so the CSP needs no 'wasm-unsafe-eval'), and it takes ~0.3 s on a laptop core.
 *
 * The wrap's associated data names the keyring, so a wrapped key copied from another profile does
 * not open here even with that profile's passphrase. A wrong passphrase and a damaged wrap look the
 * same to AES-GCM (the tag does not match); both are answered `KeyringError('wrong_passphrase')`.
 */

export const keyringFormat = 1;

/** Bytes backed by a plain ArrayBuffer, as WebCrypto takes them. */
export type Bytes = Uint8Array<ArrayBuffer>;
/** OWASP Password Storage Cheat Sheet, PBKDF2-HMAC-SHA256. */
export const pbkdf2Iterations = 600_000;

export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  salt: Bytes;
}

/** AES-256-GCM of the 32 data-key bytes; `iv` is 12 random bytes, `sealed` is ciphertext + tag. */
export interface WrappedKey {
  iv: Bytes;
  sealed: Bytes;
}

export interface KeyringRecord {
  format: typeof keyringFormat;
  /** Random per profile; bound into every wrap of this keyring. */
  id: string;
  createdAt: string;
  kdf: KdfParams;
  passphraseWrap: WrappedKey;
  /**
   * The data key sealed by the OS keychain (Electron safeStorage), only if the officer opted in;
   * `check` is an empty seal under the data key that proves what the keychain returns is it.
   */
  keychainWrap?: { sealed: Bytes; check: Bytes };
  /** Data written before the keyring existed has been sealed (features/lock/profileLock.ts). */
  legacySealed?: boolean;
}

export type KeyringErrorCode = 'wrong_passphrase' | 'weak_passphrase' | 'unsupported_keyring' | 'keychain_failed';

export class KeyringError extends Error {
  constructor(
    readonly code: KeyringErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'KeyringError';
  }
}

/**
 * The unwrapped data key, held only while the app is unlocked. `forget()` overwrites the bytes,
 * so a lock leaves nothing to find in this object (copies handed to ciphers are their business).
 */
export class DataKey {
  #bytes: Bytes | null;

  constructor(bytes: Bytes) {
    if (bytes.length !== 32) throw new RangeError('A data key is 32 bytes');
    this.#bytes = bytes;
  }

  /** The raw key; throws once forgotten, so nothing seals or opens with a dead key. */
  get bytes(): Bytes {
    if (!this.#bytes) throw new Error('The data key was forgotten (the app is locked)');
    return this.#bytes;
  }

  get forgotten(): boolean {
    return this.#bytes === null;
  }

  forget(): void {
    this.#bytes?.fill(0);
    this.#bytes = null;
  }
}

/** Shortest passphrase accepted at all; the strength meter asks for more. */
export const minPassphraseLength = 10;

/** Whether `passphrase` has `minPassphraseLength` characters (counted as typed, after NFC). */
export function isLongEnough(passphrase: string): boolean {
  return [...normalize(passphrase)].length >= minPassphraseLength;
}

/** Creates the keyring of a new profile: a fresh data key wrapped by `passphrase`. */
export async function createKeyring(passphrase: string, options: { iterations?: number } = {}): Promise<{ keyring: KeyringRecord; dataKey: DataKey }> {
  checkPassphraseLength(passphrase);
  const id = crypto.randomUUID();
  const kdf = newKdfParams(options.iterations);
  const dataKey = new DataKey(crypto.getRandomValues(new Uint8Array(32)));
  const passphraseWrap = await wrap(dataKey, await derivePassphraseKey(passphrase, kdf), id);
  return { keyring: { format: keyringFormat, id, createdAt: new Date().toISOString(), kdf, passphraseWrap }, dataKey };
}

/** Unwraps the data key with the passphrase, or throws `KeyringError('wrong_passphrase')`. */
export async function unlockWithPassphrase(keyring: KeyringRecord, passphrase: string): Promise<DataKey> {
  checkFormat(keyring);
  const wrappingKey = await derivePassphraseKey(passphrase, keyring.kdf);
  try {
    const bytes = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: keyring.passphraseWrap.iv, additionalData: wrapContext(keyring.id) },
      wrappingKey,
      keyring.passphraseWrap.sealed,
    );
    return new DataKey(new Uint8Array(bytes));
  } catch {
    throw new KeyringError('wrong_passphrase', 'The passphrase does not open this profile');
  }
}

/**
 * The same keyring with the data key wrapped by a new passphrase (fresh salt): only the wrap
 * changes, no record is re-encrypted. The keychain wrap, if any, is kept (it seals the same key).
 */
export async function rewrapKeyring(keyring: KeyringRecord, dataKey: DataKey, newPassphrase: string, options: { iterations?: number } = {}): Promise<KeyringRecord> {
  checkFormat(keyring);
  checkPassphraseLength(newPassphrase);
  const kdf = newKdfParams(options.iterations ?? keyring.kdf.iterations);
  return { ...keyring, kdf, passphraseWrap: await wrap(dataKey, await derivePassphraseKey(newPassphrase, kdf), keyring.id) };
}

function newKdfParams(iterations = pbkdf2Iterations): KdfParams {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: crypto.getRandomValues(new Uint8Array(16)) };
}

function checkPassphraseLength(passphrase: string): void {
  if (!isLongEnough(passphrase)) {
    throw new KeyringError('weak_passphrase', `A passphrase has at least ${minPassphraseLength} characters`);
  }
}

function checkFormat(keyring: KeyringRecord): void {
  if (keyring.format !== keyringFormat || keyring.kdf.name !== 'PBKDF2' || keyring.kdf.hash !== 'SHA-256') {
    throw new KeyringError('unsupported_keyring', 'This keyring was written by another version of Attaché');
  }
}

/**
 * Vietnamese keyboards type the same letter composed (ễ) or decomposed (e + ̂ + ̃): NFC makes a
 * passphrase the same bytes whichever one the officer uses today.
 */
function normalize(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/**
 * The AES-256-GCM key PBKDF2 derives from `passphrase` (NFC) with `kdf`: the keyring's wrapping
 * key, and the key of a workspace file (renderer/workspaceFile), so both stand on one KDF.
 */
export async function derivePassphraseKey(passphrase: string, kdf: KdfParams): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(normalize(passphrase)), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: kdf.hash, iterations: kdf.iterations, salt: kdf.salt },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function wrap(dataKey: DataKey, wrappingKey: CryptoKey, keyringId: string): Promise<WrappedKey> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: wrapContext(keyringId) }, wrappingKey, dataKey.bytes);
  return { iv, sealed: new Uint8Array(sealed) };
}

function wrapContext(keyringId: string): Bytes {
  return new TextEncoder().encode(`attache/keyring/v${keyringFormat}/${keyringId}`);
}
