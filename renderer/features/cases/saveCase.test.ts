import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspaceDb, StatusTransitionError, RecordValidationError, commitChanges, type AttacheDb } from '../../db';
import { newTestDataKey } from '../../db/testDb';
import { makeGoodsLine, makeParty } from '../../../test/fixtures/makeCase';
import { archiveChanges, noteChanges, statusChangeChanges } from './caseActions';
import { bundleToFormValues, caseFormSchema, emptyCaseFormValues } from './caseForm';
import { CaseFormIssuesError, saveCase } from './saveCase';
import { loadCaseBundle } from './useCaseBundle';

const deviceId = '5d0f7c1e-2b9a-4c55-9a1d-3e6f2b8c4d11';
const caseId = '01900000-0000-7000-8000-0000000c0001';
const now = new Date('2026-03-02T08:00:00Z');
let db: AttacheDb;
let n = 0;

beforeEach(async () => {
  db = await openWorkspaceDb(`cases-save-${++n}`, { dataKey: newTestDataKey() });
});
afterEach(() => db.close());

function newValues() {
  const values = emptyCaseFormValues('Nguyễn Văn An');
  values.title = 'Gỗ dán khai xuất xứ Việt Nam';
  values.partnerCountry = 'US';
  values.parties = [makeParty(caseId)];
  values.goods = [makeGoodsLine(caseId, { hsCode: '4412.31' })];
  return values;
}

async function create() {
  return saveCase(db, { before: null, caseId, values: caseFormSchema.parse(newValues()), actor: 'An', deviceId, now });
}

describe('saveCase', () => {
  it('creates the case with a reference and its children in one commit', async () => {
    await create();
    const stored = await loadCaseBundle(db, caseId);
    expect(stored?.case.reference).toMatch(/^2026-[A-Z2-9]{4}-0001$/);
    expect(stored?.case.status).toBe('draft');
    expect(stored?.parties[0]?.identifiers).toEqual([{ scheme: 'VN_MST', value: '0100233488' }]);
    expect(stored?.goods[0]?.hsCode).toBe('441231');
    expect(await db.outbox.count()).toBe(3);
  });

  it('writes nothing and uses up no reference when a record is invalid', async () => {
    const values = newValues();
    values.shipments = [
      {
        id: '01900000-0000-7000-8000-0000000c0099', caseId, billOfLading: '', containersText: '', vessel: '',
        portOfLoading: '', portOfDischarge: '', departureDate: '2026-02-10', arrivalDate: '2026-02-01',
      },
    ];
    const error = await saveCase(db, { before: null, caseId, values: caseFormSchema.parse(values), actor: 'An', deviceId, now }).catch((e) => e);
    expect(error).toBeInstanceOf(CaseFormIssuesError);
    expect(error.issues).toEqual([{ name: 'shipments.0.arrivalDate', message: 'validation.date.order' }]);
    expect(await db.cases.count()).toBe(0);
    await create();
    expect((await loadCaseBundle(db, caseId))?.case.reference).toMatch(/-0001$/);
  });

  it('edits only what changed and deletes removed children', async () => {
    const before = await create();
    const values = bundleToFormValues(before);
    values.title = 'Plywood — revised';
    values.goods = [];
    await saveCase(db, { before, caseId, values: caseFormSchema.parse(values), actor: 'An', deviceId, now });
    const stored = await loadCaseBundle(db, caseId);
    expect(stored?.case.title).toBe('Plywood — revised');
    expect(stored?.goods).toEqual([]);
    expect(stored?.parties).toHaveLength(1);
  });
});

describe('case actions', () => {
  const ctx = (noteId: string) => ({ author: 'An', now, noteId });

  it('moves draft → open → closed with timeline notes and clears the outcome on reopening', async () => {
    await create();
    const commit = (changes: Parameters<typeof commitChanges>[1]) => commitChanges(db, changes, { actor: 'An', deviceId });
    await commit(statusChangeChanges({ id: caseId, status: 'draft' }, 'open', null, ctx('01900000-0000-7000-8000-0000000d0001')));
    await commit(statusChangeChanges({ id: caseId, status: 'open' }, 'closed', 'confirmed', ctx('01900000-0000-7000-8000-0000000d0002')));
    expect(await db.cases.get(caseId)).toMatchObject({ status: 'closed', outcome: 'confirmed' });
    await commit(statusChangeChanges({ id: caseId, status: 'closed' }, 'open', 'confirmed', ctx('01900000-0000-7000-8000-0000000d0003')));
    expect(await db.cases.get(caseId)).toMatchObject({ status: 'open', outcome: null });
    const notes = await db.notes.where('caseId').equals(caseId).toArray();
    expect(notes.map((x) => [x.fromStatus, x.toStatus])).toEqual([
      ['draft', 'open'],
      ['open', 'closed'],
      ['closed', 'open'],
    ]);
  });

  it('refuses a move the state machine forbids, writing no note', async () => {
    await create();
    const changes = statusChangeChanges({ id: caseId, status: 'draft' }, 'closed', 'confirmed', ctx('01900000-0000-7000-8000-0000000d0004'));
    await expect(commitChanges(db, changes, { actor: 'An', deviceId })).rejects.toBeInstanceOf(StatusTransitionError);
    expect(await db.notes.count()).toBe(0);
  });

  it('refuses closing without an outcome', async () => {
    await create();
    await commitChanges(db, statusChangeChanges({ id: caseId, status: 'draft' }, 'open', null, ctx('01900000-0000-7000-8000-0000000d0005')), { actor: 'An', deviceId });
    const closing = statusChangeChanges({ id: caseId, status: 'open' }, 'closed', null, ctx('01900000-0000-7000-8000-0000000d0006'));
    await expect(commitChanges(db, closing, { actor: 'An', deviceId })).rejects.toBeInstanceOf(RecordValidationError);
  });

  it('adds notes and archives and unarchives', async () => {
    await create();
    await commitChanges(db, noteChanges(caseId, 'Exporter called back.', ctx('01900000-0000-7000-8000-0000000d0007')), { actor: 'An', deviceId });
    expect((await db.notes.toArray())[0]).toMatchObject({ kind: 'note', text: 'Exporter called back.', author: 'An' });
    await commitChanges(db, archiveChanges(caseId, true, now), { actor: 'An', deviceId });
    expect((await db.cases.get(caseId))?.archivedAt).toBe(now.toISOString());
    await commitChanges(db, archiveChanges(caseId, false, now), { actor: 'An', deviceId });
    expect((await db.cases.get(caseId))?.archivedAt).toBeNull();
  });
});
