import { describe, expect, it } from 'vitest';
import { createKeyring, DataKey, KeyringError, pbkdf2Iterations, rewrapKeyring, unlockWithPassphrase, type KeyringRecord } from './keyring';

// Derivation at the real cost is tested once; the rest use a cheap count to stay quick.
const fast = { iterations: 1000 };
const passphrase = 'hải quan Washington 2026';

async function rejection(promise: Promise<unknown>): Promise<KeyringError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(KeyringError);
  return error as KeyringError;
}

describe('keyring', () => {
  it('derives with PBKDF2-SHA-256 at 600,000 iterations by default, and the passphrase opens what it wrapped', async () => {
    const { keyring, dataKey } = await createKeyring(passphrase);
    expect(keyring.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: pbkdf2Iterations });
    expect(pbkdf2Iterations).toBeGreaterThanOrEqual(600_000);
    const opened = await unlockWithPassphrase(keyring, passphrase);
    expect(opened.bytes).toEqual(dataKey.bytes);
  });

  it('stores the data key only wrapped: the record never contains its bytes', async () => {
    const { keyring, dataKey } = await createKeyring(passphrase, fast);
    const stored = new Uint8Array([...keyring.kdf.salt, ...keyring.passphraseWrap.iv, ...keyring.passphraseWrap.sealed]);
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    expect(hex(stored)).not.toContain(hex(dataKey.bytes.subarray(0, 8)));
  });

  it('refuses a wrong passphrase with a clear error and leaves the keyring as it was', async () => {
    const { keyring } = await createKeyring(passphrase, fast);
    const before = structuredClone(keyring);
    const error = await rejection(unlockWithPassphrase(keyring, 'hai quan Washington 2026'));
    expect(error.code).toBe('wrong_passphrase');
    expect(error.message).toMatch(/passphrase/i);
    expect(keyring).toEqual(before);
  });

  it('opens with the passphrase typed composed or decomposed (Vietnamese keyboards differ)', async () => {
    const { keyring, dataKey } = await createKeyring('Nguyễn Văn Cẩn 1975', fast);
    const opened = await unlockWithPassphrase(keyring, 'Nguyễn Văn Cẩn 1975'.normalize('NFD'));
    expect(opened.bytes).toEqual(dataKey.bytes);
  });

  it('refuses a wrap with one flipped byte, and a wrap copied from another profile even with its passphrase', async () => {
    const { keyring } = await createKeyring(passphrase, fast);
    const sealed = keyring.passphraseWrap.sealed.slice();
    sealed[3] = (sealed[3] ?? 0) ^ 0x01;
    const flipped: KeyringRecord = { ...keyring, passphraseWrap: { ...keyring.passphraseWrap, sealed } };
    expect((await rejection(unlockWithPassphrase(flipped, passphrase))).code).toBe('wrong_passphrase');

    const other = (await createKeyring(passphrase, fast)).keyring;
    const transplanted: KeyringRecord = { ...keyring, kdf: other.kdf, passphraseWrap: other.passphraseWrap };
    expect((await rejection(unlockWithPassphrase(transplanted, passphrase))).code).toBe('wrong_passphrase');
    // The control: that wrap does open in its own keyring.
    await expect(unlockWithPassphrase(other, passphrase)).resolves.toBeInstanceOf(DataKey);
  });

  it('changing the passphrase re-wraps the same data key: the old passphrase stops working, the data key does not change', async () => {
    const { keyring, dataKey } = await createKeyring(passphrase, fast);
    const keychainWrap = { sealed: new Uint8Array([1, 2, 3]), check: new Uint8Array([4, 5]) };
    const changed = await rewrapKeyring({ ...keyring, keychainWrap }, dataKey, 'a new passphrase, longer', fast);
    expect(changed.id).toBe(keyring.id);
    expect(changed.kdf.salt).not.toEqual(keyring.kdf.salt);
    expect(changed.keychainWrap).toEqual(keychainWrap);
    expect((await unlockWithPassphrase(changed, 'a new passphrase, longer')).bytes).toEqual(dataKey.bytes);
    expect((await rejection(unlockWithPassphrase(changed, passphrase))).code).toBe('wrong_passphrase');
  });

  it('refuses passphrases shorter than ten characters, and keyrings of an unknown format', async () => {
    expect((await rejection(createKeyring('short', fast))).code).toBe('weak_passphrase');
    const { keyring } = await createKeyring(passphrase, fast);
    const future = { ...keyring, format: 2 } as unknown as KeyringRecord;
    expect((await rejection(unlockWithPassphrase(future, passphrase))).code).toBe('unsupported_keyring');
  });

  it('a forgotten data key is zeroed and refuses to be used', async () => {
    const { dataKey } = await createKeyring(passphrase, fast);
    const bytes = dataKey.bytes;
    dataKey.forget();
    expect(bytes.every((b) => b === 0)).toBe(true);
    expect(dataKey.forgotten).toBe(true);
    expect(() => dataKey.bytes).toThrow(/locked/);
  });
});
