import { describe, expect, it } from 'vitest';
import { closeChanges } from './caseActions';

const c = { id: '01900000-0000-7000-8000-0000000000c1', status: 'open' as const };
const ctx = { author: 'Nguyễn Văn An', now: new Date('2026-03-02T08:00:00.000Z'), noteId: 'status-note' };

describe('closeChanges', () => {
  it('closes with the outcome and writes the closing note as a note in the same changes', () => {
    const changes = closeChanges(c, 'confirmed', '  Exporter admitted the transshipment.  ', ctx, 'closing-note');
    expect(changes).toEqual([
      { table: 'cases', id: c.id, op: 'put', fields: { status: 'closed', outcome: 'confirmed' } },
      expect.objectContaining({ table: 'notes', id: 'status-note', fields: expect.objectContaining({ kind: 'statusChange', toStatus: 'closed' }) }),
      {
        table: 'notes',
        id: 'closing-note',
        op: 'put',
        fields: {
          caseId: c.id,
          kind: 'note',
          text: 'Exporter admitted the transshipment.',
          author: 'Nguyễn Văn An',
          createdAt: '2026-03-02T08:00:00.000Z',
          fromStatus: null,
          toStatus: null,
        },
      },
    ]);
  });

  it('writes no note when the closing note is blank', () => {
    const changes = closeChanges(c, 'noFinding', ' \n ', ctx, 'closing-note');
    expect(changes.map((ch) => ch.id)).toEqual([c.id, 'status-note']);
  });
});
