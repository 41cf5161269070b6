import {
  holidaySchema,
  msg,
  replyPeriodRuleSchema,
  type DayKind,
  type DeadlineRuleId,
  type Holiday,
  type PeriodUnit,
} from '../../../../shared/domain';
import type { Change } from '../../../db';

/** A period as typed in its row: the amount may be empty. */
export interface PeriodDraft {
  amount: number | null;
  unit: PeriodUnit;
  dayKind: DayKind;
}

/** A holiday as typed in the add form. */
export interface HolidayDraft {
  date: string | null;
  name: string;
}

/** The change that saves a period, or the i18n key of what is wrong with its amount. */
export function savePeriodChange(id: DeadlineRuleId, draft: PeriodDraft): { change: Change } | { error: string } {
  if (draft.amount === null) return { error: 'requestDeadlines.amountRequired' };
  const parsed = replyPeriodRuleSchema.safeParse({ id, ...draft });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? msg.invalidType };
  return { change: { table: 'replyPeriodRules', id, op: 'put', fields: parsed.data } };
}

/** Back to the built-in default: the administration's row goes (absent = default). */
export function resetPeriodChange(id: DeadlineRuleId): Change {
  return { table: 'replyPeriodRules', id, op: 'delete' };
}

export type HolidayErrors = Partial<Record<'date' | 'name', string>>;

/** The change that adds a holiday, or per field the i18n key of what is wrong (a date listed twice included). */
export function addHolidayChange(id: string, draft: HolidayDraft, existing: readonly Holiday[]): { change: Change } | { errors: HolidayErrors } {
  const parsed = holidaySchema.safeParse({ id, date: draft.date ?? undefined, name: draft.name });
  const errors: HolidayErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === 'date' || field === 'name') && !errors[field]) errors[field] = issue.message;
    }
  }
  if (!errors.date && existing.some((h) => h.date === draft.date)) errors.date = 'requestDeadlines.duplicateDate';
  if (!parsed.success || errors.date) return { errors };
  return { change: { table: 'holidays', id, op: 'put', fields: parsed.data } };
}

/** Removing a holiday leaves a tombstone, so every device removes it too. */
export function removeHolidayChange(id: string): Change {
  return { table: 'holidays', id, op: 'delete' };
}
