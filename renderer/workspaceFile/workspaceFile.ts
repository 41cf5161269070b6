import type { AttacheDb } from '../db/AttacheDb';
import { readWorkspaceSnapshot } from './readWorkspaceSnapshot';
import { importWorkspaceSnapshot } from './importWorkspaceSnapshot';
import { attachmentsWithoutBytes, snapshotCounts, type SnapshotKind } from './snapshotCounts';
import { decodeSnapshotPayload, encodeSnapshotPayload } from './snapshotPayload';
import { openWorkspaceFile, sealWorkspaceFile } from './workspaceFileCipher';
import type { WorkspaceOrigin } from './workspaceSnapshot';

/** Where a long export or import stands: its step and how far along that step is (0…1). */
export interface WorkspaceFileProgress {
  step: 'reading' | 'encrypting' | 'decrypting' | 'writing';
  fraction: number;
}

export interface WorkspaceFileSummary {
  origin: WorkspaceOrigin;
  exportedAt: string;
  counts: { kind: SnapshotKind; count: number }[];
  /** Live attachments whose files are not in it (never downloaded to the exporting device). */
  attachmentsWithoutFiles: number;
}

interface Options {
  now?: () => Date;
  onProgress?: (progress: WorkspaceFileProgress) => void;
  /** KDF iterations (tests only: files keep theirs in the header). */
  iterations?: number;
}

/**
 * The whole workspace of `db` as one encrypted file (workspaceFileCipher.ts) under `passphrase`,
 * with what it holds. Reads in one transaction, so the file is one consistent moment.
 */
export async function exportWorkspaceFile(db: AttacheDb, origin: WorkspaceOrigin, passphrase: string, options: Options = {}): Promise<{ bytes: Uint8Array<ArrayBuffer>; summary: WorkspaceFileSummary }> {
  const progress = options.onProgress;
  const { snapshot, blobs } = await readWorkspaceSnapshot(db, origin, { now: options.now, onProgress: (done, total) => progress?.({ step: 'reading', fraction: done / total }) });
  const payload = await encodeSnapshotPayload(snapshot, blobs);
  const bytes = await sealWorkspaceFile(payload, passphrase, {
    iterations: options.iterations,
    onProgress: (done, total) => progress?.({ step: 'encrypting', fraction: done / total }),
  });
  const listed = { ...snapshot, blobs };
  return { bytes, summary: { origin, exportedAt: snapshot.exportedAt, counts: snapshotCounts(listed), attachmentsWithoutFiles: attachmentsWithoutBytes(listed) } };
}

/**
 * Opens a workspace file with its passphrase and loads it into `db`, an empty workspace database
 * (importWorkspaceSnapshot.ts). Rejects with `WorkspaceFileError` (wrong passphrase, damaged,
 * truncated, newer format, profile not empty) before anything is written.
 */
export async function importWorkspaceFile(db: AttacheDb, file: Uint8Array, passphrase: string, options: Omit<Options, 'iterations'> = {}): Promise<WorkspaceFileSummary> {
  const progress = options.onProgress;
  const payload = await openWorkspaceFile(file, passphrase, (done, total) => progress?.({ step: 'decrypting', fraction: done / total }));
  const { snapshot, blobs } = await decodeSnapshotPayload(payload);
  await importWorkspaceSnapshot(db, snapshot, blobs, { now: options.now, onProgress: (done, total) => progress?.({ step: 'writing', fraction: done / total }) });
  return { origin: snapshot.origin, exportedAt: snapshot.exportedAt, counts: snapshotCounts(snapshot), attachmentsWithoutFiles: attachmentsWithoutBytes(snapshot) };
}
