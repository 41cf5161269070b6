import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { commitChanges, type AttacheDb, type Change } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { makeCase } from '../../../test/fixtures/makeCase';
import { caseExportFileName, caseExportJson, loadCaseExport } from './caseExport';

const ctx = { actor: 'Nguyễn Văn An', deviceId: '0193d3a0-0000-7000-8000-00000000a001' };
const s = sampleRecords;
const caseId = s.cases.id;
const put = (table: Change['table'], fields: { id: string; [field: string]: unknown }): Change => ({ table, id: fields.id, op: 'put', fields: { ...fields } });

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb();
  await db.open();
});
afterEach(() => db.close());

describe('a case exported whole', () => {
  it('holds the case, every child record, its links both ways and its attachments listed without bytes', async () => {
    const target = makeCase({ reference: '2026-K7QX-0007', title: 'Aluminium extrusions' });
    const linking = makeCase({ reference: '2026-K7QX-0050', title: 'Follow-up', linkedCaseIds: [caseId] });
    await commitChanges(db, [put('cases', target), put('cases', { ...s.cases, linkedCaseIds: [target.id] }), put('cases', linking)], ctx);
    await commitChanges(
      db,
      [put('parties', s.parties), put('goods', s.goods), put('shipments', s.shipments), put('proofsOfOrigin', s.proofsOfOrigin)],
      ctx,
    );
    await commitChanges(db, [put('deadlines', s.deadlines), put('notes', s.notes), put('attachments', s.attachments)], ctx);
    const removedParty = { ...s.parties, id: '0193d3a0-0000-7000-8000-0000000000ee', name: 'Removed Co.' };
    await commitChanges(db, [put('parties', removedParty)], ctx);
    await commitChanges(db, [{ table: 'parties', id: removedParty.id, op: 'delete' }], ctx);
    await db.blobs.put({ sha256: s.attachments.sha256, size: 4, bytes: new Uint8Array([1, 2, 3, 4]) });

    const data = await loadCaseExport(db, caseId, { exportedBy: 'Nguyễn Văn An', now: new Date('2026-03-02T09:00:00.000Z') });
    expect(data).toMatchObject({ format: 'attache.case-export', formatVersion: 1, exportedAt: '2026-03-02T09:00:00.000Z', exportedBy: 'Nguyễn Văn An' });
    expect(data!.case).toMatchObject({ id: caseId, reference: s.cases.reference, title: s.cases.title });
    expect(data!.parties).toEqual([s.parties]);
    expect(data!.goods).toEqual([s.goods]);
    expect(data!.shipments).toEqual([s.shipments]);
    expect(data!.proofsOfOrigin).toEqual([s.proofsOfOrigin]);
    expect(data!.deadlines).toEqual([s.deadlines]);
    expect(data!.notes).toEqual([s.notes]);
    expect(data!.links).toEqual({
      linksTo: [{ id: target.id, reference: '2026-K7QX-0007', title: 'Aluminium extrusions' }],
      linkedFrom: [{ id: linking.id, reference: '2026-K7QX-0050', title: 'Follow-up' }],
    });
    const { id, fileName, mediaType, size, sha256, description } = s.attachments;
    expect(data!.attachments).toEqual([{ id, fileName, mediaType, size, sha256, description }]);

    const json = caseExportJson(data!);
    expect(JSON.parse(json)).toEqual(data);
    // Records only: no sync metadata, no bytes.
    expect(json).not.toMatch(/"(version|clocks|hlc|deleted|bytes|writtenAt)"/);
    expect(json).not.toContain('Removed Co.');
  });

  it('is null for a case that is not there, and is named after the reference', async () => {
    expect(await loadCaseExport(db, caseId, { exportedBy: 'An', now: new Date() })).toBeNull();
    expect(caseExportFileName('2026-K7QX-0042')).toBe('2026-K7QX-0042.json');
    expect(caseExportFileName('../x')).toBe('___x.json');
  });
});
