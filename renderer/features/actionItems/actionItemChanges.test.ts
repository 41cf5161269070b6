import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../shared/domain';
import { sampleId, sampleRecords } from '../../../shared/domain/sampleRecords';
import { allocateActionItemReference, commitChanges, liveRecords, RecordValidationError, StatusTransitionError, type AttacheDb } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { ClosingNoteRequiredError, editActionItem, markDoneChanges, putActionItem, supersedeChanges } from './actionItemChanges';

const ctx = { actor: 'nguyen.van.can', deviceId: '0193b8c2-7f00-7000-8000-000000000001' };
const now = new Date('2026-04-02T08:00:00.000Z');
const item: ActionItem = { ...(sampleRecords.actionItems as ActionItem), caseIds: [sampleId(1)], requestIds: [sampleId(2)] };

async function seeded(name: string): Promise<AttacheDb> {
  const db = makeTestDb(name);
  await commitChanges(db, [putActionItem(item)], ctx);
  return db;
}
const stored = async (db: AttacheDb) => liveRecords(await db.actionItems.toArray()) as ActionItem[];

describe('marking an action item done', () => {
  it('closes it with its closing note and the time', async () => {
    const db = await seeded('attache-ws-ai-done');
    await commitChanges(db, markDoneChanges(item, '  List sent by email on 1 April. ', now), ctx);
    const [done] = await stored(db);
    expect(done).toMatchObject({ status: 'done', closingNote: 'List sent by email on 1 April.', closedAt: now.toISOString(), text: item.text });
  });

  it('refuses without a closing note, and cannot close a superseded item', async () => {
    expect(() => markDoneChanges(item, '   ', now)).toThrow(ClosingNoteRequiredError);
    const db = await seeded('attache-ws-ai-done-superseded');
    const { changes } = supersedeChanges(item, sampleId(90), 'AI-2026-K7QX-015', now);
    await commitChanges(db, changes, ctx);
    await expect(commitChanges(db, markDoneChanges(item, 'Done anyway', now), ctx)).rejects.toBeInstanceOf(StatusTransitionError);
  });
});

describe('superseding an action item', () => {
  it('creates a new open item with a new reference, the same text, owner, links and meeting, and links the two', async () => {
    const db = await seeded('attache-ws-ai-supersede');
    const reference = await allocateActionItemReference(db, ctx.deviceId, now);
    const { replacement, changes } = supersedeChanges(item, sampleId(91), reference, now);
    await commitChanges(db, changes, ctx);
    const rows = await stored(db);
    const old = rows.find((r) => r.id === item.id)!;
    const neu = rows.find((r) => r.id === sampleId(91))!;
    expect(neu.reference).not.toBe(item.reference);
    expect(neu.reference).toBe(reference);
    expect(neu).toMatchObject({
      status: 'open',
      text: item.text,
      ownerSide: item.ownerSide,
      owner: item.owner,
      meetingId: item.meetingId,
      agendaItemId: item.agendaItemId,
      caseIds: item.caseIds,
      requestIds: item.requestIds,
      supersededById: null,
    });
    expect(old).toMatchObject({ status: 'superseded', supersededById: sampleId(91), closedAt: now.toISOString() });
    // The replacement finds the item it replaces by that link.
    expect(rows.filter((r) => r.supersededById === replacement.id).map((r) => r.reference)).toEqual([item.reference]);
  });
});

describe('saving the form over an action item', () => {
  it('writes only what changed, and stamps or clears the closing time as it is cancelled or reopened', async () => {
    const edit = { text: item.text, ownerSide: item.ownerSide, owner: 'Audit Dept.', dueDate: item.dueDate, priority: item.priority, status: item.status, caseIds: item.caseIds, requestIds: item.requestIds };
    expect(editActionItem(item, edit, now)).toEqual({ table: 'actionItems', id: item.id, op: 'put', fields: { owner: 'Audit Dept.' } });
    expect(editActionItem(item, { ...edit, owner: item.owner }, now)).toBeNull();
    expect(editActionItem(item, { ...edit, owner: item.owner, status: 'cancelled' }, now)?.fields).toEqual({ status: 'cancelled', closedAt: now.toISOString() });
    const done = { ...item, status: 'done' as const, closedAt: now.toISOString() };
    expect(editActionItem(done, { ...edit, owner: item.owner, status: 'open' }, now)?.fields).toEqual({ status: 'open', closedAt: null });
  });

  it('is refused by the database when the status move is not allowed', async () => {
    const db = await seeded('attache-ws-ai-edit');
    const change = editActionItem(item, { ...item, status: 'superseded' }, now)!;
    await expect(commitChanges(db, [change], ctx)).rejects.toBeInstanceOf(RecordValidationError);
  });
});
