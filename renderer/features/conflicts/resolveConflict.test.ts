import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Conflict } from '../../../shared/domain';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { commitChanges, RecordMissingError, RecordValidationError, StatusTransitionError, type AttacheDb } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { ConflictAlreadyResolvedError, OutcomeRequiredError, resolutionFailure, resolveConflict } from './resolveConflict';

const deviceId = '0193d3a0-0000-7000-8000-00000000a002';
const ctx = { actor: 'Trần Thị Lan', deviceId, now: () => new Date('2026-03-02T09:00:00.000Z') };
const caseRecord = sampleRecords.cases;
const baseConflict: Conflict = { ...sampleRecords.conflicts, recordId: caseRecord.id };

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb();
  await db.open();
});
afterEach(() => db.close());

/** A case in `status` and a conflict about it, as they are after a sync (outbox empty). */
async function seed(status: string, conflict: Partial<Conflict> = {}): Promise<Conflict> {
  await commitChanges(db, [{ table: 'cases', id: caseRecord.id, op: 'put', fields: { ...caseRecord } }], ctx);
  const moves: Record<string, string[]> = { open: ['open'], awaitingReply: ['open', 'awaitingReply'] };
  for (const to of moves[status] ?? []) {
    await commitChanges(db, [{ table: 'cases', id: caseRecord.id, op: 'put', fields: { status: to } }], ctx);
  }
  const stored = { ...baseConflict, ...conflict };
  await db.conflicts.put({ ...stored, version: 9, deleted: 0 });
  await db.outbox.clear();
  await db.changeLog.clear();
  return stored;
}

async function snapshot() {
  return { cases: await db.cases.toArray(), conflicts: await db.conflicts.toArray(), outbox: await db.outbox.toArray() };
}

describe('resolveConflict', () => {
  it('applies the chosen value to the record and resolves the conflict in one commit', async () => {
    const conflict = await seed('open', { serverValue: 'open', clientValue: 'awaitingReply' });
    await resolveConflict(db, conflict.id, 'client', ctx);

    expect((await db.cases.get(caseRecord.id))!.status).toBe('awaitingReply');
    expect(await db.conflicts.get(conflict.id)).toMatchObject({
      status: 'resolved',
      resolvedValue: 'awaitingReply',
      resolvedBy: 'Trần Thị Lan',
      resolvedAt: '2026-03-02T09:00:00.000Z',
    });
    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => [e.table, e.id])).toEqual([
      ['cases', caseRecord.id],
      ['conflicts', conflict.id],
    ]);
    expect(outbox[0]!.fields).toMatchObject({ status: 'awaitingReply' });
    // Only the resolution fields of a conflict travel: the server refuses any other client write.
    expect(Object.keys(outbox[1]!.fields!).sort()).toEqual(['resolvedAt', 'resolvedBy', 'resolvedValue', 'status']);
    const audit = await db.changeLog.toArray();
    expect(audit.find((e) => e.table === 'cases')!.changes.status).toEqual({ old: 'open', new: 'awaitingReply' });
  });

  it('keeping the value already in force changes only the conflict', async () => {
    const conflict = await seed('awaitingReply', { serverValue: 'awaitingReply', clientValue: 'closed' });
    const before = await db.cases.get(caseRecord.id);
    await resolveConflict(db, conflict.id, 'server', ctx);

    expect(await db.cases.get(caseRecord.id)).toEqual(before);
    expect((await db.outbox.toArray()).map((e) => e.table)).toEqual(['conflicts']);
    expect(await db.conflicts.get(conflict.id)).toMatchObject({ status: 'resolved', resolvedValue: 'awaitingReply' });
  });

  it('refuses a status the state machine cannot reach (back to draft), writes nothing and leaves the conflict open', async () => {
    const conflict = await seed('open', { serverValue: 'open', clientValue: 'draft' });
    const before = await snapshot();
    const error = await resolveConflict(db, conflict.id, 'client', ctx).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StatusTransitionError);
    expect(resolutionFailure(error)).toEqual({ kind: 'transition', table: 'cases', from: 'open', to: 'draft' });
    expect(await snapshot()).toEqual(before);
    expect((await db.conflicts.get(conflict.id))!.status).toBe('open');
  });

  it('closing needs an outcome: refused without one (nothing written), applied with one', async () => {
    const conflict = await seed('awaitingReply', { serverValue: 'awaitingReply', clientValue: 'closed' });
    const before = await snapshot();
    const error = await resolveConflict(db, conflict.id, 'client', ctx).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(OutcomeRequiredError);
    expect(resolutionFailure(error)).toEqual({ kind: 'outcomeRequired' });
    expect(await snapshot()).toEqual(before);

    await resolveConflict(db, conflict.id, 'client', ctx, { outcome: 'notConfirmed' });
    expect(await db.cases.get(caseRecord.id)).toMatchObject({ status: 'closed', outcome: 'notConfirmed' });
    expect(await db.conflicts.get(conflict.id)).toMatchObject({ status: 'resolved', resolvedValue: 'closed' });
  });

  it('a value the record could not hold is refused as invalid (a validation error of the data layer)', () => {
    expect(resolutionFailure(new RecordValidationError('cases', caseRecord.id, []))).toEqual({ kind: 'validation' });
  });

  it('does not resolve twice: a conflict resolved meanwhile (e.g. pulled from another device) is left as it is', async () => {
    const conflict = await seed('open', {
      serverValue: 'open',
      clientValue: 'awaitingReply',
      status: 'resolved',
      resolvedValue: 'open',
      resolvedBy: 'Nguyễn Thị Mai',
      resolvedAt: '2026-03-01T10:00:00.000Z',
    });
    const before = await snapshot();
    const error = await resolveConflict(db, conflict.id, 'client', ctx).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConflictAlreadyResolvedError);
    expect(resolutionFailure(error)).toEqual({ kind: 'alreadyResolved' });
    expect(await snapshot()).toEqual(before);
  });

  it('after a delete: keeping the deletion resolves the conflict, the edited value cannot resurrect the record', async () => {
    const conflict = await seed('open', { reason: 'editAfterDelete', serverValue: 'open', clientValue: 'awaitingReply' });
    await commitChanges(db, [{ table: 'cases', id: caseRecord.id, op: 'delete' }], ctx);
    await db.outbox.clear();

    const before = await snapshot();
    const error = await resolveConflict(db, conflict.id, 'client', ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordMissingError);
    expect(resolutionFailure(error)).toEqual({ kind: 'missing' });
    expect(await snapshot()).toEqual(before);

    await resolveConflict(db, conflict.id, 'server', ctx);
    expect((await db.cases.get(caseRecord.id))!.deleted).toBe(1);
    expect(await db.conflicts.get(conflict.id)).toMatchObject({ status: 'resolved', resolvedValue: 'open' });
    expect((await db.outbox.toArray()).map((e) => e.table)).toEqual(['conflicts']);
  });

  it('never writes the record for an edit that lost to a delete, even before the tombstone is pulled', async () => {
    const conflict = await seed('open', { reason: 'editAfterDelete', serverValue: 'draft', clientValue: 'awaitingReply' });
    const before = await db.cases.get(caseRecord.id);
    await expect(resolveConflict(db, conflict.id, 'client', ctx)).rejects.toBeInstanceOf(RecordMissingError);
    await resolveConflict(db, conflict.id, 'server', ctx);
    expect(await db.cases.get(caseRecord.id)).toEqual(before);
    expect((await db.outbox.toArray()).map((e) => e.table)).toEqual(['conflicts']);
  });
});
