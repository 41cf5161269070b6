import { describe, expect, it } from 'vitest';
import { createKeychain, type SafeStorageLike } from './keychain';

/** A safeStorage that "encrypts" by reversing and tagging, enough to see the key never travels in clear. */
function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}): SafeStorageLike {
  return {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => (options.backend ?? 'gnome_libsecret') as ReturnType<NonNullable<SafeStorageLike['getSelectedStorageBackend']>>,
    encryptString: (plain: string) => Buffer.from(`v11${[...plain].reverse().join('')}`),
    decryptString: (sealed: Buffer) => {
      const text = sealed.toString();
      if (!text.startsWith('v11')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return [...text.slice(3)].reverse().join('');
    },
  };
}

const key = new Uint8Array(32).map((_, i) => i + 1);

describe('OS keychain', () => {
  it('seals a data key and opens it again where a real secret store backs safeStorage', () => {
    const keychain = createKeychain(fakeSafeStorage(), 'linux');
    expect(keychain.status()).toEqual({ ok: true, value: { status: 'available' } });
    const sealed = keychain.seal(key);
    if (!sealed.ok) throw new Error('not sealed');
    expect(Buffer.from(sealed.value.sealed).includes(Buffer.from(key))).toBe(false);
    expect(keychain.open(sealed.value.sealed)).toEqual({ ok: true, value: { key } });
  });

  it('refuses Linux basic_text, which protects nothing, and says so', () => {
    const keychain = createKeychain(fakeSafeStorage({ backend: 'basic_text' }), 'linux');
    expect(keychain.status()).toEqual({ ok: true, value: { status: 'insecure' } });
    expect(keychain.seal(key)).toMatchObject({ ok: false, error: { code: 'notAllowed' } });
    expect(keychain.open(new Uint8Array([1]))).toMatchObject({ ok: false, error: { code: 'notAllowed' } });
  });

  it('is available on macOS and Windows whenever safeStorage is (no backend to choose there)', () => {
    expect(createKeychain({ ...fakeSafeStorage(), getSelectedStorageBackend: undefined }, 'darwin').status()).toEqual({ ok: true, value: { status: 'available' } });
    expect(createKeychain(fakeSafeStorage({ available: false }), 'win32').status()).toEqual({ ok: true, value: { status: 'unavailable' } });
  });

  it('answers an ioError, not a crash, when the keychain cannot open what it is given', () => {
    const keychain = createKeychain(fakeSafeStorage(), 'darwin');
    expect(keychain.open(new Uint8Array([9, 9, 9]))).toMatchObject({ ok: false, error: { code: 'ioError' } });
    const notAKey = Buffer.from(`v11${[...Buffer.from('short').toString('base64')].reverse().join('')}`);
    expect(keychain.open(new Uint8Array(notAKey))).toMatchObject({ ok: false, error: { code: 'ioError' } });
  });
});
