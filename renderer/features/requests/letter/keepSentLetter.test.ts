import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../../shared/domain/sampleRecords';
import { commitChanges, liveRecords } from '../../../db';
import { makeTestDb } from '../../../db/testDb';
import { keepSentLetter } from './keepSentLetter';

const ctx = { actor: 'Lê Thị Hoa', deviceId: '0190f0aa-1111-4222-8333-444455556666' };
const caseId = sampleRecords.cases.id;
const letter = (text: string) => new TextEncoder().encode(`%PDF-1.7 ${text}`) as Uint8Array<ArrayBuffer>;

async function dbWithCase() {
  const db = makeTestDb(`letters-${crypto.randomUUID()}`);
  await commitChanges(db, [{ table: 'cases', id: caseId, op: 'put', fields: { ...sampleRecords.cases } }], ctx);
  return db;
}
const files = async (db: Awaited<ReturnType<typeof dbWithCase>>) =>
  liveRecords(await db.attachments.where('caseId').equals(caseId).toArray()).map((a) => (a as { fileName: string }).fileName);

describe('keepSentLetter', () => {
  it("keeps a sent request's printed letter with its case's files, once for the same bytes", async () => {
    const db = await dbWithCase();
    const sent = { caseId, frozenAt: '2026-01-05T09:00:00.000Z' };
    expect(await keepSentLetter(db, sent, '123-HQ-GSQL letter.pdf', letter('sent'), ctx)).toBe('123-HQ-GSQL letter.pdf');
    expect(await keepSentLetter(db, sent, '123-HQ-GSQL letter.pdf', letter('sent'), ctx)).toBeNull();
    expect(await files(db)).toEqual(['123-HQ-GSQL letter.pdf']);
  });

  it("keeps nothing of a draft's letter (a proof, not the document sent)", async () => {
    const db = await dbWithCase();
    expect(await keepSentLetter(db, { caseId, frozenAt: null }, 'draft.pdf', letter('draft'), ctx)).toBeNull();
    expect(await files(db)).toEqual([]);
  });
});
