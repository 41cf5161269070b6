import { createContext, useContext, type ReactNode } from 'react';
import type { AttacheDb } from '../db';

/**
 * Reads an attachment's bytes by their SHA-256: from this device, or (where the reader can) from
 * the workspace's sync server, keeping them for next time. Resolves `null` when the bytes are not
 * here and there is nowhere to fetch them from; rejects when fetching them failed (no network,
 * the server refused). This room imports no feature, so the one that can fetch (sync's
 * `readAttachmentBytes`) is handed in by whoever mounts the screens.
 */
export type ReadAttachmentBytes = (db: AttacheDb, sha256: string) => Promise<Uint8Array<ArrayBuffer> | null>;

/** The bytes kept on this device, or `null`: what can be read with no server at all. */
export const readLocalAttachmentBytes: ReadAttachmentBytes = async (db, sha256) => (await db.blobs.get(sha256))?.bytes ?? null;

const ReadBytesContext = createContext<ReadAttachmentBytes>(readLocalAttachmentBytes);

/** Lets every attachment screen below fetch bytes this device lacks (the shell passes sync's reader). */
export function AttachmentBytesProvider({ readBytes, children }: { readBytes: ReadAttachmentBytes; children: ReactNode }) {
  return <ReadBytesContext.Provider value={readBytes}>{children}</ReadBytesContext.Provider>;
}

/** The reader to use: `override` if given, else the provider's, else this device's bytes only. */
export function useReadAttachmentBytes(override?: ReadAttachmentBytes): ReadAttachmentBytes {
  const provided = useContext(ReadBytesContext);
  return override ?? provided;
}
