import type { SafeStorage } from 'electron';
import { ipcFail, ipcOk, type IpcResult, type KeychainStatus } from '../../shared/ipc/contract';

/** The part of Electron's `safeStorage` the keychain uses (a fake in tests). */
export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  getSelectedStorageBackend?: SafeStorage['getSelectedStorageBackend'];
};

/**
 * The OS keychain as a second wrap of the data key, only if the officer opts in. On Linux,
 * `safeStorage` falls back to `basic_text` when no secret service (GNOME Keyring, KWallet) runs:
 * a key hard-coded in Chromium, which protects nothing, so the keychain is then refused
 * (`insecure`) rather than offered.
 */
export function createKeychain(safeStorage: SafeStorageLike, platform: NodeJS.Platform) {
  const status = (): KeychainStatus => {
    if (!safeStorage.isEncryptionAvailable()) return 'unavailable';
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return 'insecure';
    return 'available';
  };
  const refused = (): IpcResult<never> | null => {
    const now = status();
    return now === 'available' ? null : ipcFail('notAllowed', `The OS keychain is ${now}`);
  };
  return {
    status: (): IpcResult<{ status: KeychainStatus }> => ipcOk({ status: status() }),
    seal(key: Uint8Array): IpcResult<{ sealed: Uint8Array }> {
      const refusal = refused();
      if (refusal) return refusal;
      // safeStorage seals strings: the key travels as base64 and is sealed at once.
      return ipcOk({ sealed: new Uint8Array(safeStorage.encryptString(Buffer.from(key).toString('base64'))) });
    },
    open(sealed: Uint8Array): IpcResult<{ key: Uint8Array }> {
      const refusal = refused();
      if (refusal) return refusal;
      let key: Buffer;
      try {
        key = Buffer.from(safeStorage.decryptString(Buffer.from(sealed)), 'base64');
      } catch (error) {
        return ipcFail('ioError', `The OS keychain could not open the key: ${String(error)}`);
      }
      if (key.length !== 32) return ipcFail('ioError', 'The OS keychain returned something that is not a data key');
      return ipcOk({ key: new Uint8Array(key) });
    },
  };
}

export type Keychain = ReturnType<typeof createKeychain>;
