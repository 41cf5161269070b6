import { describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../db/schemaVersions';
import { sha256Hex } from '../security/sha256';
import { decodeSnapshotPayload, encodeSnapshotPayload } from './snapshotPayload';
import type { WorkspaceFileErrorCode } from './workspaceFileError';
import type { SnapshotBlob, WorkspaceSnapshot } from './workspaceSnapshot';

const kase = { id: '0190f0aa-0000-7000-8000-000000000001', title: 'Gỗ dán, C/O mẫu E', version: 12, deleted: 0 as const };
const records: Omit<WorkspaceSnapshot, 'blobs'> = {
  schemaVersion: latestSchemaVersion,
  exportedAt: '2026-03-02T09:00:00.000Z',
  origin: { workspaceId: 'ws1', workspaceName: 'Washington office' },
  rows: { cases: [kase] },
  clocks: [{ table: 'cases', id: kase.id, fields: { title: { v: 12, hlc: '001772442000000-00000-dev-a' } } }],
  outbox: [],
  changeLog: [],
  viewLog: [],
  hsCodes: [],
  blobUploads: [],
};

async function blob(text: string): Promise<SnapshotBlob> {
  const bytes = new TextEncoder().encode(text);
  return { sha256: await sha256Hex(bytes), size: bytes.length, bytes };
}

async function failure(promise: Promise<unknown>): Promise<WorkspaceFileErrorCode | 'read'> {
  return promise.then(
    () => 'read',
    (error: { code: WorkspaceFileErrorCode }) => error.code,
  );
}

describe('workspace file payload', () => {
  it('carries the records and each file’s bytes as they were', async () => {
    const files = [await blob('%PDF-1.7 C/O form E'), await blob(''), await blob('JPEG bytes, Hải Phòng')];
    const { snapshot, blobs } = await decodeSnapshotPayload(await encodeSnapshotPayload(records, files));
    expect(snapshot).toEqual({ ...records, blobs: files.map(({ sha256, size }) => ({ sha256, size })) });
    expect(blobs).toEqual(files);
  });

  it('compresses the records: repeated field names cost little', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...kase, id: `case-${i}` }));
    const payload = await encodeSnapshotPayload({ ...records, rows: { cases: many } }, []);
    expect(payload.length).toBeLessThan(JSON.stringify(many).length / 5);
  });

  it('refuses records of a newer database version as a newer format', async () => {
    const payload = await encodeSnapshotPayload({ ...records, schemaVersion: latestSchemaVersion + 1 }, []);
    expect(await failure(decodeSnapshotPayload(payload))).toBe('newer_format');
  });

  it('calls a payload that does not add up damaged', async () => {
    const file = await blob('%PDF-1.7');
    const payload = await encodeSnapshotPayload(records, [file]);
    expect(await failure(decodeSnapshotPayload(payload.slice(0, -1)))).toBe('damaged');
    const extra = new Uint8Array(payload.length + 1);
    extra.set(payload);
    expect(await failure(decodeSnapshotPayload(extra))).toBe('damaged');
    const altered = payload.slice();
    altered[altered.length - 1]! ^= 1;
    expect(await failure(decodeSnapshotPayload(altered))).toBe('damaged');
    const badShape = await encodeSnapshotPayload({ ...records, rows: { cases: [{ ...kase, id: '' }] } }, []);
    expect(await failure(decodeSnapshotPayload(badShape))).toBe('damaged');
    expect(await failure(decodeSnapshotPayload(new Uint8Array([0, 0, 0, 3, 1, 2, 3])))).toBe('damaged');
  });
});
