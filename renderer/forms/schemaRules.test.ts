import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { caseFieldsSchema, dateRanges, deadlineSchema, partySchema } from '../../shared/domain';
import { fieldRules } from './schemaRules';

const form = z.object({
  title: caseFieldsSchema.shape.title,
  openedOn: caseFieldsSchema.shape.openedOn,
  parties: z.array(partySchema),
  deadlines: z.array(deadlineSchema),
  note: z.string().max(20).transform((s) => s.trim()),
});

describe('fieldRules', () => {
  it('reads a text limit from the shared schema, inside arrays and transforms too', () => {
    expect(fieldRules(form, 'title')).toEqual({ maxLength: 300 });
    expect(fieldRules(form, 'parties.3.name').maxLength).toBeGreaterThan(0);
    expect(fieldRules(form, 'note')).toEqual({ maxLength: 20 });
  });

  it('reads the date range of each date field', () => {
    expect(fieldRules(form, 'openedOn').dateRange).toEqual(dateRanges.opened);
    expect(fieldRules(form, 'deadlines.0.dueDate').dateRange).toEqual(dateRanges.due);
  });

  it('says nothing of paths the schema lacks', () => {
    expect(fieldRules(form, 'nothing.here')).toEqual({});
    expect(fieldRules(form, 'parties.x.name')).toEqual({});
  });
});
