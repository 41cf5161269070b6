import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Content-addressed storage of attachment bytes, keyed by lower-case hex SHA-256. The interface
 * is what an S3-compatible store would implement instead of the folder one.
 * Invariant: `get(h)` returns bytes whose SHA-256 is `h`, or null.
 */
export interface BlobStore {
  /** Stores bytes whose hash the caller has verified; storing the same blob again is a no-op. */
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  get(sha256: string): Promise<Uint8Array | null>;
  has(sha256: string): Promise<boolean>;
}

export const isSha256Hex = (value: string) => /^[0-9a-f]{64}$/.test(value);

/**
 * Blobs as files `<root>/<first two hex>/<hash>`. A write goes to a temporary file renamed into
 * place, so a crash never leaves a partial blob under its final name.
 */
export function createFolderBlobStore(root: string): BlobStore {
  const pathOf = (sha256: string) => {
    if (!isSha256Hex(sha256)) throw new Error('Not a SHA-256 hex digest');
    return join(root, sha256.slice(0, 2), sha256);
  };
  return {
    async put(sha256, bytes) {
      const target = pathOf(sha256);
      if (await exists(target)) return;
      await mkdir(join(root, sha256.slice(0, 2)), { recursive: true });
      const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await writeFile(temp, bytes, { mode: 0o600 });
        await rename(temp, target);
      } finally {
        await rm(temp, { force: true });
      }
    },
    async get(sha256) {
      try {
        const bytes = await readFile(pathOf(sha256));
        // A file damaged on disk is answered as missing rather than served.
        return createHash('sha256').update(bytes).digest('hex') === sha256 ? bytes : null;
      } catch {
        return null;
      }
    },
    has: (sha256) => exists(pathOf(sha256)),
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
