import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../shared/domain/sampleRecords';
import { commitChanges } from '../db';
import { makeTestDb } from '../db/testDb';
import { AttachmentTooLargeError, attachFile, maxAttachmentBytes, removeAttachment } from './attachmentFiles';

const ctx = { actor: 'Lê Thị Hoa', deviceId: '0190f0aa-1111-4222-8333-444455556666' };
const pdf = (text: string) => ({ name: 'C-O form B 00123.pdf', type: 'application/pdf', bytes: new TextEncoder().encode(`%PDF-1.7 ${text}`) });

async function dbWithCase() {
  const db = makeTestDb(`attachments-${crypto.randomUUID()}`);
  await commitChanges(db, [{ table: 'cases', id: sampleRecords.cases.id, op: 'put', fields: { ...sampleRecords.cases } }], ctx);
  return db;
}

describe('attachment files', () => {
  it('keeps the bytes by hash, queues them for upload and writes the record to the outbox and audit, together', async () => {
    const db = await dbWithCase();
    const file = pdf('certificate of origin');
    const id = await attachFile(db, sampleRecords.cases.id, file, ctx);

    const record = await db.attachments.get(id);
    expect(record).toMatchObject({ caseId: sampleRecords.cases.id, fileName: file.name, mediaType: 'application/pdf', size: file.bytes.length });
    expect(record?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await db.blobs.get(record!.sha256))?.bytes).toEqual(file.bytes);
    expect(await db.blobUploads.toCollection().primaryKeys()).toEqual([record!.sha256]);
    expect((await db.outbox.toArray()).map((m) => m.table)).toContain('attachments');
    expect((await db.changeLog.where('recordId').equals(id).toArray()).map((e) => e.op)).toEqual(['create']);
    db.close();
  });

  it('stores one copy of a file attached twice, and drops the bytes only when no attachment names them', async () => {
    const db = await dbWithCase();
    const first = await attachFile(db, sampleRecords.cases.id, pdf('same'), ctx);
    const second = await attachFile(db, sampleRecords.cases.id, { ...pdf('same'), name: 'copy.pdf' }, ctx);
    const sha256 = (await db.attachments.get(first))!.sha256;
    expect(await db.blobs.count()).toBe(1);

    await removeAttachment(db, { id: first, sha256 }, ctx);
    expect(await db.blobs.get(sha256)).toBeDefined();
    await removeAttachment(db, { id: second, sha256 }, ctx);
    expect(await db.blobs.get(sha256)).toBeUndefined();
    expect(await db.blobUploads.count()).toBe(0);
    expect((await db.attachments.get(second))?.deleted).toBe(1);
    db.close();
  });

  it('refuses a file over the server limit and writes nothing', async () => {
    const db = await dbWithCase();
    const huge = { name: 'scan.tiff', type: 'image/tiff', bytes: new Uint8Array(maxAttachmentBytes + 1) };
    const refused = await attachFile(db, sampleRecords.cases.id, huge, ctx).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AttachmentTooLargeError);
    expect(refused).toMatchObject({ fileName: 'scan.tiff', size: maxAttachmentBytes + 1 });
    expect(await db.attachments.count()).toBe(0);
    expect(await db.blobs.count()).toBe(0);
    db.close();
  });

  it('names a file the browser cannot type as octet-stream, and shortens a very long name keeping its extension', async () => {
    const db = await dbWithCase();
    const id = await attachFile(db, sampleRecords.cases.id, { name: `${'Biên bản '.repeat(40)}.docx`, type: '', bytes: new Uint8Array([1, 2, 3]) }, ctx);
    const record = await db.attachments.get(id);
    expect(record?.mediaType).toBe('application/octet-stream');
    expect([...record!.fileName].length).toBeLessThanOrEqual(255);
    expect(record?.fileName.endsWith('.docx')).toBe(true);
    db.close();
  });
});
