import { describe, expect, it } from 'vitest';
import { actionItemSchema, formatActionItemReference, isActionItemOverdue } from './actionItem';
import { msg } from './messageKeys';
import { sampleId, sampleRecords } from './sampleRecords';

const base = sampleRecords.actionItems;
const issues = (input: unknown) =>
  actionItemSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('action item', () => {
  it('formats references with and without a device tag, and the schema accepts both', () => {
    expect(formatActionItemReference(2026, 14)).toBe('AI-2026-014');
    expect(formatActionItemReference(2026, 14, 'K7QX')).toBe('AI-2026-K7QX-014');
    expect(issues({ ...base, reference: 'ai-2026-k7qx-014' })).toEqual([]);
    expect(issues({ ...base, reference: 'AI-26-14' })).toEqual([['reference', msg.actionItemReferenceFormat]]);
  });

  it('needs the successor of a superseded item', () => {
    expect(issues({ ...base, status: 'superseded' })).toEqual([['supersededById', msg.actionItemSupersededBy]]);
    expect(issues({ ...base, status: 'superseded', supersededById: sampleId(35) })).toEqual([]);
  });

  it('has no "overdue" status: it is computed from the due date', () => {
    expect(issues({ ...base, status: 'overdue' })).toEqual([['status', msg.choice]]);
    expect(isActionItemOverdue(base, '2026-05-01')).toBe(true);
    expect(isActionItemOverdue(base, '2026-04-30')).toBe(false);
    expect(isActionItemOverdue({ ...base, status: 'done' }, '2026-05-01')).toBe(false);
    expect(isActionItemOverdue({ ...base, dueDate: null }, '2030-01-01')).toBe(false);
  });
});
