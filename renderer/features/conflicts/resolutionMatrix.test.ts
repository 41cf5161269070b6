// Every choice a conflict on a case's status or outcome can offer, against a case in every status:
// what is offered applies (as the state machine's legal moves, which the server accepts one by
// one), what needs an outcome asks for it, and what cannot be applied is not offered.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canTransition, caseStatuses, caseStatusMachine, type Conflict } from '../../../shared/domain';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { commitChanges, StatusTransitionError, type AttacheDb } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { planResolution, type ConflictSide } from './resolutionPlan';
import { OutcomeRequiredError, resolveConflict } from './resolveConflict';

const deviceId = '0193d3a0-0000-7000-8000-00000000a002';
const ctx = { actor: 'Trần Thị Lan', deviceId, now: () => new Date('2026-03-02T09:00:00.000Z') };
const caseRecord = sampleRecords.cases;

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb();
  await db.open();
});
afterEach(() => db.close());

/** The case as it is now on this device (closed ones closed "Not confirmed"), and a conflict about it. */
async function seed(status: string, conflict: Partial<Conflict>): Promise<Conflict> {
  const outcome = status === 'closed' ? 'notConfirmed' : null;
  await commitChanges(db, [{ table: 'cases', id: caseRecord.id, op: 'put', fields: { ...caseRecord, status, outcome } }], ctx);
  const stored: Conflict = { ...sampleRecords.conflicts, recordId: caseRecord.id, ...conflict };
  await db.conflicts.put({ ...stored, version: 9, deleted: 0 });
  await db.outbox.clear();
  await db.changeLog.clear();
  return stored;
}

/** The status moves the resolution wrote, in order, as the outbox will push them. */
async function pushedMoves(): Promise<[string, string][]> {
  const audit = (await db.changeLog.toArray()).filter((e) => e.table === 'cases' && e.changes.status);
  return audit.map((e) => [String(e.changes.status!.old), String(e.changes.status!.new)]);
}

const combinations = caseStatuses.flatMap((current) =>
  caseStatuses.filter((chosen) => chosen !== current).flatMap((chosen) => (['server', 'client'] as const).map((side) => [current, chosen, side] as const)),
);

describe('resolving a status conflict, for every status the case is in and every status chosen', () => {
  it.each(combinations)('case %s, chosen %s (%s side)', async (current, chosen, side: ConflictSide) => {
    const other = current;
    const conflict = await seed(current, side === 'server' ? { serverValue: chosen, clientValue: other } : { serverValue: other, clientValue: chosen });
    const plan = planResolution(conflict, side, (await db.cases.get(caseRecord.id))!);

    if (chosen === 'draft' || (chosen === 'open' && current !== 'closed' && current !== 'draft')) {
      // Nothing leads back to draft, nor back to open but a reopening (closing first would
      // invent an outcome): not offered, and refused if asked anyway.
      expect(plan).toEqual({ kind: 'unavailable', reason: 'unreachable' });
      await expect(resolveConflict(db, conflict.id, side, ctx)).rejects.toBeInstanceOf(StatusTransitionError);
      expect((await db.conflicts.get(conflict.id))!.status).toBe('open');
      return;
    }
    expect(plan.kind).toBe('apply');
    if (plan.kind !== 'apply') return;
    let outcome: string | undefined;
    if (chosen === 'closed') {
      // Closing asks for the outcome; without one nothing is written.
      expect(plan.outcomes).toContain('notConfirmed');
      await expect(resolveConflict(db, conflict.id, side, ctx)).rejects.toBeInstanceOf(OutcomeRequiredError);
      expect((await db.conflicts.get(conflict.id))!.status).toBe('open');
      outcome = 'partiallyConfirmed';
    } else {
      expect(plan.outcomes).toEqual([]);
    }
    expect(plan.clearedOutcome).toBe(current === 'closed' ? 'notConfirmed' : null);

    await resolveConflict(db, conflict.id, side, ctx, { outcome });

    expect(await db.cases.get(caseRecord.id)).toMatchObject({ status: chosen, outcome: outcome ?? null });
    expect(await db.conflicts.get(conflict.id)).toMatchObject({ status: 'resolved', resolvedValue: chosen, resolvedBy: 'Trần Thị Lan' });
    const moves = await pushedMoves();
    expect(moves.map(([, to]) => to)).toEqual(plan.route.slice(1));
    for (const [from, to] of moves) expect(canTransition(caseStatusMachine, from, to)).toBe(true);
    expect(moves[0]![0]).toBe(current);
  });
});

describe('resolving an outcome conflict, for every status the case is in', () => {
  const outcomeCases = caseStatuses.flatMap((current) => [['confirmed', current] as const, [null, current] as const]);

  it.each(outcomeCases)('outcome %s chosen, case %s', async (chosen, current) => {
    const conflict = await seed(current, { field: 'outcome', serverValue: 'withdrawn', clientValue: chosen });
    const before = (await db.cases.get(caseRecord.id))!;
    const plan = planResolution(conflict, 'client', before);
    if (chosen === before.outcome) {
      expect(plan).toEqual({ kind: 'keep' });
      return;
    }
    // Choosing an outcome closes the case with it; choosing none reopens it.
    expect(plan.kind).toBe('apply');
    await resolveConflict(db, conflict.id, 'client', ctx);
    const after = (await db.cases.get(caseRecord.id))!;
    expect(after.outcome).toBe(chosen);
    expect(after.status).toBe(chosen === null ? 'open' : 'closed');
    for (const [from, to] of await pushedMoves()) expect(canTransition(caseStatusMachine, from, to)).toBe(true);
  });
});

describe('a status and its outcome changed together are one decision', () => {
  it('choosing "Closed" suggests the same side’s outcome and resolves both conflicts', async () => {
    const clientHlc = sampleRecords.conflicts.clientHlc;
    const status = await seed('awaitingReply', { serverValue: 'awaitingReply', clientValue: 'closed', clientHlc });
    const outcome: Conflict = { ...status, id: '0193d3a0-0000-7000-8000-0000000c0002', field: 'outcome', serverValue: null, clientValue: 'notConfirmed' };
    await db.conflicts.put({ ...outcome, version: 9, deleted: 0 });

    const plan = planResolution(status, 'client', (await db.cases.get(caseRecord.id))!, [outcome]);
    expect(plan).toMatchObject({ kind: 'apply', suggestedOutcome: 'notConfirmed' });
    await resolveConflict(db, status.id, 'client', ctx, { outcome: 'notConfirmed' });

    expect(await db.cases.get(caseRecord.id)).toMatchObject({ status: 'closed', outcome: 'notConfirmed' });
    expect(await db.conflicts.get(outcome.id)).toMatchObject({ status: 'resolved', resolvedValue: 'notConfirmed', resolvedBy: 'Trần Thị Lan' });
  });
});
