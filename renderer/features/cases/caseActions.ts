// Changes for what an officer does on a case's page: move its status, add a note, archive it.
// Pure builders of `Change[]`; `commitChanges` then validates and writes them atomically (and
// refuses a status move the shared state machine does not allow).
import type { Case, Note } from '../../../shared/domain';
import type { Change } from '../../db';

export interface ActionContext {
  /** Who acts (the note's author). */
  author: string;
  now: Date;
  /** Id for the timeline note the action writes. */
  noteId: string;
}

/**
 * Moves the case to `to` and records the move on the timeline. The outcome is set when closing
 * and cleared on any other move (a case has an outcome only while closed).
 */
export function statusChangeChanges(c: Pick<Case, 'id' | 'status'>, to: Case['status'], outcome: Case['outcome'], ctx: ActionContext): Change[] {
  const note: Omit<Note, 'id'> = {
    caseId: c.id,
    kind: 'statusChange',
    text: '',
    author: ctx.author,
    createdAt: ctx.now.toISOString(),
    fromStatus: c.status,
    toStatus: to,
  };
  return [
    { table: 'cases', id: c.id, op: 'put', fields: { status: to, outcome: to === 'closed' ? outcome : null } },
    { table: 'notes', id: ctx.noteId, op: 'put', fields: note },
  ];
}

/**
 * Closes the case with its outcome; a non-blank closing note becomes a timeline note written in
 * the same commit, so the case is never closed without the note the officer wrote (or the reverse).
 * `closingNoteId` is the note's id: generated after `ctx.noteId`, so with the same time stamp it
 * sorts as the newer entry, just above the status change.
 */
export function closeChanges(
  c: Pick<Case, 'id' | 'status'>,
  outcome: Case['outcome'],
  closingNote: string,
  ctx: ActionContext,
  closingNoteId: string,
): Change[] {
  const changes = statusChangeChanges(c, 'closed', outcome, ctx);
  const text = closingNote.trim();
  return text === '' ? changes : [...changes, ...noteChanges(c.id, text, { ...ctx, noteId: closingNoteId })];
}

/** A free-text note on the case's timeline. */
export function noteChanges(caseId: string, text: string, ctx: ActionContext): Change[] {
  const note: Omit<Note, 'id'> = {
    caseId,
    kind: 'note',
    text,
    author: ctx.author,
    createdAt: ctx.now.toISOString(),
    fromStatus: null,
    toStatus: null,
  };
  return [{ table: 'notes', id: ctx.noteId, op: 'put', fields: note }];
}

/** Archives (hides from the list, keeps everything) or unarchives a case; cases are never deleted. */
export function archiveChanges(caseId: string, archive: boolean, now: Date): Change[] {
  return [{ table: 'cases', id: caseId, op: 'put', fields: { archivedAt: archive ? now.toISOString() : null } }];
}
