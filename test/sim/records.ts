/**
 * The records the simulated officers write: cases with notes and deadlines. Values come from small
 * pools so that concurrent edits often repeat a value (the merge's "same value" paths) and are
 * already in their parsed form, so what a client sends is what the server stores.
 */
import { caseStatusMachine, type CaseStatus } from '../../shared/domain';
import { sampleRecords } from '../../shared/domain/sampleRecords';
import type { Change } from '../../renderer/db/commitChanges';

export const titles = ['Wire rod from Hải Phòng', 'Solar panels via Cambodia', 'Plywood, CN origin?', 'Honey transshipment'];
export const summaries = ['', 'CBP asked for certificates.', 'Producer visit planned.', 'Bằng chứng xuất xứ chưa đủ.'];
export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export const tagSets = [[], ['steel'], ['steel', 'eapa'], ['solar']] as const;
export const assignees = ['', 'Nguyễn Văn Cẩn', 'Trần Thị Hoa'];
export const outcomes = ['confirmed', 'notConfirmed', 'partiallyConfirmed', 'noFinding', 'withdrawn'] as const;
export const deadlineTitles = ['Reply due', 'EAPA interim measures', 'Verification visit'];

/** Which ordinary case fields an edit touches (bit mask over these, in order). */
export const editableCaseFields = ['title', 'summary', 'priority', 'tags', 'assignee'] as const;

/**
 * Record ids: UUIDv7-shaped and deterministic per run (`n` counts up), so a replayed seed writes
 * the same ids. Each run uses its own workspace, so ids never collide across runs.
 */
export function simId(n: number): string {
  return `0193d3a0-5157-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function newCaseChange(id: string, pick: number, atIso: string): Change {
  const { id: _id, ...fields } = sampleRecords.cases;
  return {
    table: 'cases',
    id,
    op: 'put',
    fields: {
      ...fields,
      reference: `2026-SIMX-${((pick % 9_999) + 1).toString().padStart(4, '0')}`,
      title: titles[pick % titles.length],
      status: pick % 2 === 0 ? 'draft' : 'open',
      createdAt: atIso,
      updatedAt: atIso,
    },
  };
}

/** An edit of the ordinary fields selected by `mask`, values chosen by `pick`. */
export function caseEditFields(mask: number, pick: number): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const chosen = editableCaseFields.filter((_, i) => (mask >> i) & 1);
  for (const [i, field] of (chosen.length > 0 ? chosen : ['title' as const]).entries()) {
    const k = pick + i;
    if (field === 'title') fields.title = titles[k % titles.length];
    if (field === 'summary') fields.summary = summaries[k % summaries.length];
    if (field === 'priority') fields.priority = priorities[k % priorities.length];
    if (field === 'tags') fields.tags = [...(tagSets[k % tagSets.length] as readonly string[])];
    if (field === 'assignee') fields.assignee = assignees[k % assignees.length];
  }
  return fields;
}

/**
 * A legal status move from `from` (the state machine's `choice`-th target), with the outcome the
 * case invariants require: set when closing, cleared when reopening.
 */
export function statusMove(from: CaseStatus, choice: number): Record<string, unknown> {
  const targets = caseStatusMachine[from] as readonly CaseStatus[];
  const to = targets[choice % targets.length] as CaseStatus;
  return { status: to, outcome: to === 'closed' ? outcomes[choice % outcomes.length] : null };
}

export function newChildChange(kind: 'notes' | 'deadlines', id: string, caseId: string, pick: number, atIso: string): Change {
  if (kind === 'notes') {
    return {
      table: 'notes',
      id,
      op: 'put',
      fields: { caseId, kind: 'note', text: `Note ${pick}`, author: 'Sim officer', createdAt: atIso, fromStatus: null, toStatus: null },
    };
  }
  return {
    table: 'deadlines',
    id,
    op: 'put',
    fields: { caseId, title: deadlineTitles[pick % deadlineTitles.length], dueDate: '2026-04-05', completedAt: null },
  };
}

/** An edit of a deadline: a new title, or marking it done. */
export function deadlineEditFields(pick: number, atIso: string): Record<string, unknown> {
  return pick % 2 === 0 ? { title: deadlineTitles[pick % deadlineTitles.length] } : { completedAt: atIso };
}
